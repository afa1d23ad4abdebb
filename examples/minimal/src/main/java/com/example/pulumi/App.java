package com.example.pulumi;

import com.pulumi.Context;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;
import io.selfhosted.pulumi.ecs.dns.DomainArgs;
import io.selfhosted.pulumi.ecs.network.NetworkArgs;
import io.selfhosted.pulumi.ecs.service.ContainerImagesArgs;

public class App {
    public static void main(String[] args) {
        PulumiSelfHostedEcs.run(App::stack);
    }

    public static void stack(Context ctx) {
        var config = ctx.config();
        var service = new PulumiSelfHostedEcs("pulumi", PulumiSelfHostedEcsArgs.builder()
                .network(NetworkArgs.builder()
                        .vpcId("vpc-0a1b2c3d4e5f67890")
                        .publicSubnetIds("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
                        .privateSubnetIds("subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012")
                        .isolatedSubnetIds("subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022")
                        .build())
                .domain(DomainArgs.builder()
                        .zoneName("example.com")
                        .subdomain("pulumi")
                        .build())
                .licenseKey(config.requireSecret("licenseKey"))
                .images(ContainerImagesArgs.builder()
                        .tag(config.require("imageTag"))
                        .build())
                .build(), null);
        ctx.export("apiUrl", service.apiUrl());
        ctx.export("consoleUrl", service.consoleUrl());
    }
}
