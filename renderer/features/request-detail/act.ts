import type { Result } from '../../../shared/ipc/result';
import type { RequestDetailView } from '../../../shared/views/request-view';

/** Runs an action on the request; true when it worked, so a form clears what was typed only then. */
export type Act = (run: () => Promise<Result<RequestDetailView>>) => Promise<boolean>;
