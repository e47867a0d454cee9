// The console finds delegations by any of their names in the six languages (a French list read
// on an English console, "Allemagne" typed by a French-speaking officer), so it loads every
// language's names: the console is one page on one machine, the phone and the wall load only
// their own. The finder itself is shared with the hub's import (shared/delegations/).
import '../../../shared/delegations/all-names.ts';

export {
  resolveDelegation,
  resolveName,
  searchDelegations,
  type DelegationOption,
} from '../../../shared/delegations/find-delegation.ts';
export { isStateCode } from '../../../shared/delegations/states.ts';
