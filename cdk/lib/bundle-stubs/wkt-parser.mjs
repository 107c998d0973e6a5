// Stands in for wkt-parser, which proj4 loads to read WKT projection definitions. The register gives proj4
// PROJ strings only (src/geo/british-national-grid.ts), so WKT (~18 KB of the Lambda bundle) is never parsed;
// should that change, the first use fails loudly here.
export default function wktParser() {
  throw new Error('WKT projection definitions are not bundled; see cdk/lib/lambda-bundling.ts');
}
