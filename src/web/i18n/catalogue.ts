import { calendarMessages } from './messages/calendar';
import { caseMessages } from './messages/cases';
import { reportMessages } from './messages/reports';
import { hotlineMessages } from './messages/hotline';
import { notificationMessages } from './messages/notifications';
import { accountMessages } from './messages/account';
import { agencyMessages } from './messages/agencies';
import { auditMessages } from './messages/audit';
import { childImportMessages } from './messages/child-import';
import { childProfileMessages } from './messages/child-profile';
import { childrenMessages } from './messages/children';
import { authMessages } from './messages/auth';
import { commonMessages } from './messages/common';
import { homeMessages } from './messages/home';
import { labelMessages } from './messages/labels';
import { unitMessages } from './messages/units';
import { userMessages } from './messages/users';
import { actionMonthMessages } from './messages/action-month';
import { fundMessages } from './messages/fund';
import { referenceMessages } from './messages/reference';

/**
 * Every message of the web app, Vietnamese first. Ids are written out in full where they are used, so
 * `npm run i18n:check` can find unused ones by searching the source.
 */
export const webMessages = {
  ...commonMessages,
  ...authMessages,
  ...homeMessages,
  ...labelMessages,
  ...unitMessages,
  ...agencyMessages,
  ...userMessages,
  ...auditMessages,
  ...accountMessages,
  ...childrenMessages,
  ...childProfileMessages,
  ...childImportMessages,
  ...calendarMessages,
  ...caseMessages,
  ...reportMessages,
  ...hotlineMessages,
  ...notificationMessages,
  ...actionMonthMessages,
  ...fundMessages,
  ...referenceMessages,
};

export type MessageId = keyof typeof webMessages;

/** The catalogue files, for the i18n check: a duplicated id in two files would silently shadow one of them. */
export const messageFiles = {
  common: commonMessages,
  auth: authMessages,
  home: homeMessages,
  labels: labelMessages,
  units: unitMessages,
  agencies: agencyMessages,
  users: userMessages,
  audit: auditMessages,
  account: accountMessages,
  children: childrenMessages,
  'child-profile': childProfileMessages,
  'child-import': childImportMessages,
  calendar: calendarMessages,
  cases: caseMessages,
  reports: reportMessages,
  hotline: hotlineMessages,
  notifications: notificationMessages,
  'action-month': actionMonthMessages,
  fund: fundMessages,
  reference: referenceMessages,
};
