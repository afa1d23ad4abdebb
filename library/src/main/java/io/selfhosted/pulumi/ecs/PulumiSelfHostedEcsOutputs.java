package io.selfhosted.pulumi.ecs;

import com.pulumi.core.Output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs of {@link PulumiSelfHostedEcs} by name, in one place: the component registers them
 * and the example stack exports them under the same names.
 */
public final class PulumiSelfHostedEcsOutputs {
    private PulumiSelfHostedEcsOutputs() {
    }

    /** Every output of the install, in a stable order. */
    public static Map<String, Output<?>> of(PulumiSelfHostedEcs install) {
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("apiUrl", install.apiUrl());
        outputs.put("consoleUrl", install.consoleUrl());
        outputs.put("apiLoadBalancerDnsName", install.apiLoadBalancerDnsName());
        outputs.put("apiLoadBalancerZoneId", install.apiLoadBalancerZoneId());
        outputs.put("consoleLoadBalancerDnsName", install.consoleLoadBalancerDnsName());
        outputs.put("consoleLoadBalancerZoneId", install.consoleLoadBalancerZoneId());
        outputs.put("checkpointBucketName", install.checkpointBucketName());
        outputs.put("policyPackBucketName", install.policyPackBucketName());
        outputs.put("metadataBucketName", install.metadataBucketName());
        install.engineEventsBucketName().ifPresent(name -> outputs.put("engineEventsBucketName", name));
        outputs.put("databaseEndpoint", install.databaseEndpoint());
        outputs.put("databasePort", install.databasePort());
        outputs.put("clusterName", install.clusterName());
        outputs.put("apiServiceName", install.apiServiceName());
        outputs.put("consoleServiceName", install.consoleServiceName());
        outputs.put("apiLogGroupName", install.apiLogGroupName());
        outputs.put("consoleLogGroupName", install.consoleLogGroupName());
        outputs.put("apiSecurityGroupId", install.apiSecurityGroupId());
        outputs.put("consoleSecurityGroupId", install.consoleSecurityGroupId());
        outputs.put("databaseSecurityGroupId", install.databaseSecurityGroupId());
        outputs.put("apiLoadBalancerSecurityGroupId", install.apiLoadBalancerSecurityGroupId());
        outputs.put("consoleLoadBalancerSecurityGroupId", install.consoleLoadBalancerSecurityGroupId());
        outputs.put("kmsKeyArn", install.kmsKeyArn());
        outputs.put("certificateArn", install.certificateArn());
        return outputs;
    }
}
