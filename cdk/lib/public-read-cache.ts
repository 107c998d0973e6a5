import { Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  CachedMethods,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

export interface PublicReadCacheProps {
  readonly httpApi: HttpApi;
}

/**
 * CloudFront in front of the HTTP API, so a public list asked for by every visitor reaches the function
 * about once a minute instead of once a visit. It keeps only what the function marks public (src/lambda/
 * cache-headers.ts: anonymous GETs without errors, `public, max-age=60`; the open-data files): the TTLs
 * follow the origin's Cache-Control, and the minimum of 0 lets `private, no-store` and `no-store` mean
 * "never kept". The Authorization header is part of the GraphQL cache key, which is also what makes
 * CloudFront forward it: a signed-in answer, if it were ever kept, could only be served to that same token.
 */
export class PublicReadCache extends Construct {
  readonly distribution: Distribution;
  /** The cached GraphQL endpoint partners' public pages can use: https://<distribution>/graphql. */
  readonly graphqlUrl: string;

  constructor(scope: Construct, id: string, props: PublicReadCacheProps) {
    super(scope, id);
    // The API's own host name: the HTTP API answers only requests addressed to it, so the viewer's Host
    // header is never forwarded (AllViewerExceptHostHeader below).
    const apiHost = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    const origin = new HttpOrigin(apiHost, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY });

    const graphqlCache = new CachePolicy(this, 'GraphqlCache', {
      comment: 'MASH Register GraphQL: anonymous public GETs by query string; Authorization in the key',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.minutes(5),
      // The query, variables and persisted-query hash travel in the query string.
      queryStringBehavior: CacheQueryStringBehavior.all(),
      // Origin too: API Gateway's CORS answer names the asking origin, so each origin has its own copy.
      headerBehavior: CacheHeaderBehavior.allowList('authorization', 'origin'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const openDataCache = new CachePolicy(this, 'OpenDataCache', {
      comment: 'MASH Register open data: public files, as long as their Cache-Control says',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      headerBehavior: CacheHeaderBehavior.allowList('origin'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const forwardAll = OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${Stack.of(this).stackName}: cached public reads`,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Partners' visitors are in the UK: the cheapest class covers Europe.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        // Anything else (the dev explorer's files, unknown paths) goes straight through, never kept.
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: forwardAll,
      },
      additionalBehaviors: {
        '/graphql': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          // POST passes through (CloudFront never caches it); GET and HEAD may be served from the cache.
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: graphqlCache,
          originRequestPolicy: forwardAll,
          compress: true,
        },
        '/open-data/*': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: openDataCache,
          compress: true,
        },
      },
    });
    this.graphqlUrl = `https://${this.distribution.distributionDomainName}/graphql`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The register is open data for partners and the public wherever they are; no country is refused.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution only caches the HTTP API; abuse is bounded behind it by the stage throttle, the ' +
          "function's reserved concurrency and the per-request query budget. A WAF web ACL can be added when a " +
          'custom domain is.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'Requests that reach the API are in its access log; cache hits carry public data only. CloudFront ' +
          'standard logs would need a bucket with object ACLs for no question the API logs cannot answer.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "The distribution uses CloudFront's default certificate until the register has a domain of its own; " +
          'with the default certificate CloudFront cannot restrict viewers to TLS 1.2.',
      },
    );
  }
}
