package io.selfhosted.pulumi.ecs.service;

import io.selfhosted.pulumi.ecs.fargate.EgressRuleArgs;
import io.selfhosted.pulumi.ecs.internal.KnownValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The egress rules of a task of the service, from its {@link TaskEgressArgs}: HTTPS (and email)
 * anywhere, or only inside the VPC and to S3. The order is fixed (HTTPS first, email last), so a
 * rule whose destination is known only at deployment keeps its place, and its name, when email
 * is turned on or off.
 */
final class TaskEgress {
    private TaskEgress() {
    }

    /**
     * @param egress       where the tasks may go
     * @param httpsPurpose why the tasks send HTTPS (a rule description)
     * @param smtpPort     the mail server's port, when the tasks send email
     */
    static List<EgressRuleArgs> rules(TaskEgressArgs egress, String httpsPurpose, Optional<Integer> smtpPort) {
        List<EgressRuleArgs> rules = new ArrayList<>();
        if (KnownValue.of(egress.limitToVpc()).orElse(false)) {
            var vpc = egress.vpcCidr().orElseThrow();
            // The destinations are looked up at deployment: the rules are named for what they allow.
            rules.add(EgressRuleArgs.builder().name("vpc-https").port(443).cidr(vpc)
                    .description(httpsPurpose + " inside the VPC (interface endpoints, internal load balancers)").build());
            rules.add(EgressRuleArgs.builder().name("s3-https").port(443).prefixListId(egress.s3PrefixListId().orElseThrow())
                    .description("HTTPS to S3 through its gateway endpoint (image layers, buckets)").build());
            smtpPort.ifPresent(port -> rules.add(EgressRuleArgs.builder().name("vpc-smtp").port(port).cidr(vpc)
                    .description("SMTP submission to the mail server inside the VPC").build()));
        } else {
            rules.add(EgressRuleArgs.builder().port(443).cidr("0.0.0.0/0").description(httpsPurpose).build());
            smtpPort.ifPresent(port -> rules.add(EgressRuleArgs.builder().port(port).cidr("0.0.0.0/0")
                    .description("SMTP submission to the mail server").build()));
        }
        return rules;
    }
}
