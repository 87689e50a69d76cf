import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthDesk } from './desk-template.ts';

describe('staff console hosting', () => {
  it('is off by default: no bucket deployment, no distribution', () => {
    const { template } = synthDesk();

    template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    template.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('refuses to host the console without the hosted sign-in it needs', () => {
    expect(() => synthDesk({ 'desk:staffConsoleHosting': true })).toThrow(/desk:staffSignInDomainPrefix/);
  });

  describe('when on', () => {
    const { template } = synthDesk({
      'desk:staffConsoleHosting': 'true',
      'desk:staffSignInDomainPrefix': 'desk-staff',
    });

    it('serves the files from a private bucket through CloudFront with origin access control', () => {
      template.resourceCountIs('AWS::CloudFront::Distribution', 1);
      template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultRootObject: 'index.html',
          DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
          Origins: [
            Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: Match.anyValue() }),
          ],
        }),
      });
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        Tags: Match.anyValue(),
      });
    });

    it('answers with the console’s CSP: its own scripts only, requests to the API and the hosted UI', () => {
      const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
      const csp = JSON.stringify(Object.values(policies)[0]);

      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain('desk-staff.auth.');
      expect(csp).not.toContain('unsafe-inline');
    });

    it('deploys the built console with a config.json for the hosted UI, and registers its address as the callback', () => {
      template.resourceCountIs('Custom::CDKBucketDeployment', 1);
      const clients = template.findResources('AWS::Cognito::UserPoolClient');
      const callbacks = JSON.stringify(Object.values(clients)[0]?.Properties.CallbackURLs);

      expect(callbacks).toContain('DomainName');
    });
  });
});
