import { useIsMutating } from '@tanstack/react-query';
import { requestMutationKey } from '../../api/use-command';

/** True while any command on this request runs: every write control on it waits. */
export const useRequestBusy = (id: string): boolean => useIsMutating({ mutationKey: requestMutationKey(id) }) > 0;
