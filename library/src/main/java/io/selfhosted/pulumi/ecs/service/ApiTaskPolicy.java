package io.selfhosted.pulumi.ecs.service;

import com.pulumi.core.Output;
import io.selfhosted.pulumi.ecs.internal.AwsPartition;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument;
import io.selfhosted.pulumi.ecs.internal.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the API containers may do in AWS: read and write objects of exactly the service's buckets,
 * the four KMS actions the service documents on exactly its key, and decrypt with exactly the
 * keys it used before (what they encrypted stays readable after a key change), and the HTTP API of
 * exactly its search domain, when it has one.
 */
final class ApiTaskPolicy {
    static final List<String> KMS_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext");

    private ApiTaskPolicy() {
    }

    static Output<String> document(AwsPartition partition, ServiceBucketsArgs serviceBuckets, Output<String> kmsKeyArn,
                                   Output<List<String>> previousKmsKeyArns, Optional<Output<String>> searchDomainArn) {
        List<Output<String>> buckets = new ArrayList<>(List.of(serviceBuckets.checkpointBucketName(),
                serviceBuckets.policyPackBucketName(), serviceBuckets.metadataBucketName()));
        serviceBuckets.engineEventsBucketName().ifPresent(buckets::add);
        Output<List<String>> bucketKey = serviceBuckets.kmsKeyArn().map(key -> key.applyValue(List::of)).orElse(Output.of(List.of()));
        Output<List<String>> search = searchDomainArn.map(arn -> arn.applyValue(List::of)).orElse(Output.of(List.of()));
        return Output.tuple(Output.all(buckets), kmsKeyArn, previousKmsKeyArns, bucketKey, search).applyValue(t -> {
            List<String> bucketArns = t.t1.stream().map(partition::s3BucketArn).toList();
            List<String> objectArns = bucketArns.stream().map(arn -> arn + "/*").toList();
            List<Statement> statements = new ArrayList<>(List.of(
                    Statement.allow("ListOwnBuckets", List.of("s3:ListBucket", "s3:GetBucketLocation"), bucketArns),
                    Statement.allow("ReadWriteOwnObjects", List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                            "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"), objectArns),
                    Statement.allow("UseServiceKey", KMS_ACTIONS, List.of(t.t2))));
            // Buckets the install did not create may encrypt with a key of their own.
            t.t4.stream().filter(key -> !key.equals(t.t2)).findFirst().ifPresent(key ->
                    statements.add(Statement.allow("UseBucketKey", KMS_ACTIONS, List.of(key))));
            List<String> previous = t.t3.stream().filter(key -> !key.equals(t.t2)).distinct().toList();
            if (!previous.isEmpty()) {
                statements.add(Statement.allow("DecryptWithPreviousKeys", List.of("kms:Decrypt"), previous));
            }
            // The service signs in to the domain with its master user; a signed request would need this.
            t.t5.forEach(domain -> statements.add(Statement.allow("UseOwnSearchDomain", List.of("es:ESHttp*"),
                    List.of(domain, domain + "/*"))));
            return new PolicyDocument(statements).toJson();
        });
    }
}
