import { queryOptions } from '@tanstack/react-query';
import type {
  CalendarOverrideInput,
  CalendarYear,
  StoredCalendarOverride,
} from '../../../shared/domain/Calendar';
import { api } from '../../api/client';

export const calendarYearQuery = (year: number) =>
  queryOptions({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api.get<CalendarYear>(`/api/calendar/${year}`, undefined, signal),
  });

export const setCalendarOverride = (date: string, input: CalendarOverrideInput) =>
  api.put<StoredCalendarOverride>(`/api/calendar/overrides/${encodeURIComponent(date)}`, input);

export const removeCalendarOverride = (date: string) =>
  api.delete<undefined>(`/api/calendar/overrides/${encodeURIComponent(date)}`);
