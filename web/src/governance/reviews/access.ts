// Who sees which controls (the server decides; these only hide what would be refused).
import type { User } from '../../auth/types';

/** the working group on monitoring, the Chair, administrators */
export const inMonitoringGroup = (u: User | null) => !!u && (u.roles.includes('chair') || u.roles.includes('admin') || (u.roles.includes('wg-member') && u.groups.includes('WGM')));
export const isChair = (u: User | null) => !!u && u.roles.includes('chair');
