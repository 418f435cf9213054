export * from '../../shared/time/calendar-day';
