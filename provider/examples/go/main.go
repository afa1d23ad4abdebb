package main

import (
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"

	selfhostedecs "example.com/pulumi-selfhosted-ecs/sdk/go/selfhostedecs"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		service, err := selfhostedecs.NewPulumiSelfHostedEcs(ctx, "pulumi", &selfhostedecs.PulumiSelfHostedEcsArgs{
			Network: &selfhostedecs.NetworkArgs{
				VpcId:             pulumi.String("vpc-0a1b2c3d4e5f67890"),
				PublicSubnetIds:   pulumi.ToStringArray([]string{"subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"}),
				PrivateSubnetIds:  pulumi.ToStringArray([]string{"subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"}),
				IsolatedSubnetIds: pulumi.ToStringArray([]string{"subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022"}),
			},
			Domain: &selfhostedecs.DomainArgs{
				ZoneName:  pulumi.String("example.com"),
				Subdomain: pulumi.String("pulumi"),
			},
			LicenseKey: cfg.RequireSecret("licenseKey"),
			Images: &selfhostedecs.ContainerImagesArgs{
				Tag: pulumi.String(cfg.Require("imageTag")),
			},
		})
		if err != nil {
			return err
		}
		ctx.Export("apiUrl", service.ApiUrl)
		ctx.Export("consoleUrl", service.ConsoleUrl)
		return nil
	})
}
