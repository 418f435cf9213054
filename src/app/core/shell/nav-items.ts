import {
  iconAssignment,
  iconCheckCircle,
  iconEditNote,
  iconHome,
  iconMonitoring,
  iconSchool,
  iconSelfImprovement,
  iconSettings,
  iconWorkspacePremium,
} from '../../shared/icon/nav-icons';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** Shown in the phone's bottom bar; the rest sit behind "More". */
  primary: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: $localize`:@@nav.today:Today`, icon: iconHome, primary: true },
  { path: '/check-in', label: $localize`:@@nav.checkIn:Check-in`, icon: iconCheckCircle, primary: true },
  { path: '/journal', label: $localize`:@@nav.journal:Journal`, icon: iconEditNote, primary: true },
  { path: '/assess', label: $localize`:@@nav.assess:Assess`, icon: iconAssignment, primary: true },
  { path: '/practice', label: $localize`:@@nav.practice:Practice`, icon: iconSelfImprovement, primary: false },
  { path: '/trends', label: $localize`:@@nav.trends:Trends`, icon: iconMonitoring, primary: false },
  { path: '/credit', label: $localize`:@@nav.credit:Credit`, icon: iconWorkspacePremium, primary: false },
  { path: '/programs', label: $localize`:@@nav.programs:Programs`, icon: iconSchool, primary: false },
  { path: '/settings', label: $localize`:@@nav.settings:Settings`, icon: iconSettings, primary: false },
];
