/**
 * Helpers of the library's parts: not API. Public only because the parts live in several
 * packages; anything here may change or go in any release, and the published Javadoc leaves
 * the package out.
 */
package io.selfhosted.pulumi.ecs.internal;
