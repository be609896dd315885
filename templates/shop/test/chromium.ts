// How the end-to-end tests launch Debian's Chromium. In the monorepo it is the one launch
// configuration of every browser test; create-journeykit puts a copy of that file here.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs'
