using System.Collections.Generic;
using Pulumi;
using Pulumi.SelfhostedEcs;
using Pulumi.SelfhostedEcs.Inputs;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var service = new PulumiSelfHostedEcs("pulumi", new PulumiSelfHostedEcsArgs
    {
        Network = new NetworkArgs
        {
            VpcId = "vpc-0a1b2c3d4e5f67890",
            PublicSubnetIds = { "subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002" },
            PrivateSubnetIds = { "subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012" },
            IsolatedSubnetIds = { "subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022" },
        },
        Domain = new DomainArgs { ZoneName = "example.com", Subdomain = "pulumi" },
        LicenseKey = config.RequireSecret("licenseKey"),
        Images = new ContainerImagesArgs { Tag = config.Require("imageTag") },
    });

    return new Dictionary<string, object?>
    {
        ["apiUrl"] = service.ApiUrl,
        ["consoleUrl"] = service.ConsoleUrl,
    };
});
