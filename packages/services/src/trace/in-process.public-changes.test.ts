import { createInProcessPublicChanges } from './in-process.public-changes';
import { describePublicChangesContract } from './public-changes.contract';

describePublicChangesContract('in-process', async () => createInProcessPublicChanges());
