// The shop's DOM test setup (jest-dom matchers, the axe matcher, cleanup between tests). In the
// monorepo it is the packages' shared setup; create-journeykit puts a copy of that file here.
import '../../../test/setup-dom'
