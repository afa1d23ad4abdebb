import pulumi
import pulumi_selfhosted_ecs as selfhosted_ecs

config = pulumi.Config()
service = selfhosted_ecs.PulumiSelfHostedEcs(
    "pulumi",
    network=selfhosted_ecs.NetworkArgs(
        vpc_id="vpc-0a1b2c3d4e5f67890",
        public_subnet_ids=["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
        private_subnet_ids=["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"],
        isolated_subnet_ids=["subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022"],
    ),
    domain=selfhosted_ecs.DomainArgs(zone_name="example.com", subdomain="pulumi"),
    license_key=config.require_secret("licenseKey"),
    images=selfhosted_ecs.ContainerImagesArgs(tag=config.require("imageTag")),
)

pulumi.export("apiUrl", service.api_url)
pulumi.export("consoleUrl", service.console_url)
