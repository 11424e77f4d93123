/** Moved below the writers (public-changes/): kept here for the importers of the trace folder. */
export { announcePublicChanges, batchTagsOf } from '../public-changes/announce-changes';
