import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { UserActionType } from '../../../shared/domain/CaseAction';
import type { CaseStatus } from '../../../shared/workflow/case-workflow';
import type { MessageId } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/context';
import { ACTION_LABEL } from './case-labels';
import { AcknowledgeButton } from './steps/AcknowledgeButton';
import { ApprovePlanForm } from './steps/ApprovePlanForm';
import { CloseForm } from './steps/CloseForm';
import { EmergencyForm } from './steps/EmergencyForm';
import { InitialAssessmentForm } from './steps/InitialAssessmentForm';
import { LinkChildForm } from './steps/LinkChildForm';
import { NeedsAssessmentForm } from './steps/NeedsAssessmentForm';
import { PlanForm } from './steps/PlanForm';
import { ReviewForm } from './steps/ReviewForm';
import type { StepProps } from './steps/StepForm';
import { StepModal } from './steps/StepModal';
import { NoteForm, ReopenForm, ReplanForm, ReturnPlanForm } from './steps/TextStepForms';
import { TransferForm } from './steps/TransferForm';
import { VerifyForm } from './steps/VerifyForm';

/** The form of each step taken from the case's action bar (task steps are on each task; ACKNOWLEDGE is one tap). */
const FORMS: Partial<Record<UserActionType, ComponentType<StepProps>>> = {
  VERIFY: VerifyForm,
  ASSESS_INITIAL: InitialAssessmentForm,
  EMERGENCY_PROTECT: EmergencyForm,
  ASSESS_NEEDS: NeedsAssessmentForm,
  DRAFT_PLAN: PlanForm,
  RETURN_PLAN: ReturnPlanForm,
  APPROVE_PLAN: ApprovePlanForm,
  REVIEW: ReviewForm,
  REPLAN: ReplanForm,
  CLOSE: CloseForm,
  REOPEN: ReopenForm,
  NOTE: NoteForm,
  TRANSFER: TransferForm,
  LINK_CHILD: LinkChildForm,
};

/** Steps of the procedure itself (shown first, filled); the others (notes, transfer, linking) are secondary. */
const MAIN: ReadonlySet<UserActionType> = new Set([
  'VERIFY',
  'ASSESS_INITIAL',
  'EMERGENCY_PROTECT',
  'ASSESS_NEEDS',
  'DRAFT_PLAN',
  'APPROVE_PLAN',
  'REVIEW',
  'REPLAN',
  'CLOSE',
  'REOPEN',
]);

const NEXT: Record<CaseStatus, MessageId> = {
  received: 'case.next.received',
  verified: 'case.next.verified',
  initial_assessed: 'case.next.initial_assessed',
  emergency_protected: 'case.next.emergency_protected',
  needs_assessed: 'case.next.needs_assessed',
  plan_drafted: 'case.next.plan_drafted',
  in_progress: 'case.next.in_progress',
  reviewed: 'case.next.reviewed',
  replanning: 'case.next.replanning',
  closed: 'case.next.closed',
};

function nextStep(detail: CaseDetail): MessageId {
  if (detail.status === 'initial_assessed' && detail.emergencyNeeded) return 'case.next.emergency';
  return NEXT[detail.status];
}

/**
 * Bước tiếp theo: what the procedure waits for, and exactly the steps this user may take now — buttons rendered
 * from `detail.allowedActions` (the server's answer from the shared workflow), never from the user's role.
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<UserActionType | null>(null);
  const steps = detail.allowedActions.filter((a) => FORMS[a] !== undefined);
  const main = steps.filter((a) => MAIN.has(a));
  const other = steps.filter((a) => !MAIN.has(a));
  const Form = open ? FORMS[open] : undefined;
  const close = () => setOpen(null);
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Text span fw={700} size="sm">
          {t('case.nextLabel')}
        </Text>{' '}
        {t(nextStep(detail))}
      </Text>
      {/* Only a transferred case waits for an acknowledgement; elsewhere the first step acknowledges it. */}
      {detail.requiresAck && detail.allowedActions.includes('ACKNOWLEDGE') && (
        <AcknowledgeButton detail={detail} />
      )}
      {steps.length > 0 && (
        <Group gap="xs">
          {main.map((a) => (
            <Button key={a} color={a === 'EMERGENCY_PROTECT' ? 'red' : undefined} onClick={() => setOpen(a)}>
              {t(ACTION_LABEL[a])}
            </Button>
          ))}
          {other.map((a) => (
            <Button key={a} variant="default" onClick={() => setOpen(a)}>
              {t(ACTION_LABEL[a])}
            </Button>
          ))}
        </Group>
      )}
      <StepModal title={open ? t(ACTION_LABEL[open]) : ''} opened={Form !== undefined} onClose={close}>
        {Form && <Form detail={detail} onDone={close} onCancel={close} />}
      </StepModal>
    </Stack>
  );
}
