export { addDays, daysBetween, daysEndingOn, isCalendarDay } from '../../shared/time/calendar-day';
