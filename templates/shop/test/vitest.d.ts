// The type of the `toHaveNoAxeViolations` matcher. In the monorepo it is the packages' shared
// declaration; create-journeykit puts a copy of that file here.
/// <reference path="../../../test/vitest.d.ts" />
