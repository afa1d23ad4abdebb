package io.selfhosted.pulumi.ecs.stack;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.core.Output;


/** What the stack needs to know of the account it deploys to, beyond its config. */
final class AwsPartitions {
    private AwsPartitions() {
    }

    /** The account the stack's AWS credentials belong to, known once the provider has asked AWS. */
    static Output<String> deployingAccount() {
        return AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build()).applyValue(GetCallerIdentityResult::accountId);
    }
}
