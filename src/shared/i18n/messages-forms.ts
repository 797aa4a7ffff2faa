/** API messages of the official forms and the case file (issue #4 item 7). Merged into apiMessages (messages.ts). */
export const formsApiMessages = {
  'case.formNotYet': {
    vi: 'Vụ việc chưa có biểu mẫu này: bước tương ứng của quy trình chưa được thực hiện.',
    en: 'The case does not have this form yet: the step of the procedure that produces it has not been taken.',
  },
} as const;
