import * as pulumi from "@pulumi/pulumi";
import * as selfhostedEcs from "@pulumi/selfhosted-ecs";

const config = new pulumi.Config();
const service = new selfhostedEcs.PulumiSelfHostedEcs("pulumi", {
    network: {
        vpcId: "vpc-0a1b2c3d4e5f67890",
        publicSubnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
        privateSubnetIds: ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"],
        isolatedSubnetIds: ["subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022"],
    },
    domain: {
        zoneName: "example.com",
        subdomain: "pulumi",
    },
    licenseKey: config.requireSecret("licenseKey"),
    images: {
        tag: config.require("imageTag"),
    },
});

export const apiUrl = service.apiUrl;
export const consoleUrl = service.consoleUrl;
