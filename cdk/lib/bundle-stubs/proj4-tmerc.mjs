// proj4 for the Lambda bundle: its core with the one projection the register uses (extended transverse Mercator, which is proj4's `tmerc`, for
// British National Grid). proj4's own entry point registers all 38 projections and MGRS, about 90 KB of the
// bundle. Its lib/ sources are ES modules for bundlers (they cannot run in Node as they are), hence the
// relative paths, which the alias that points `proj4` here does not rewrite.
import core from '../../../node_modules/proj4/lib/core.js';
import Proj from '../../../node_modules/proj4/lib/Proj.js';
import etmerc from '../../../node_modules/proj4/lib/projections/etmerc.js';

Proj.projections.add(etmerc);
export default core;
