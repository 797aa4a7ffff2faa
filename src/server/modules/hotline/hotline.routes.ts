import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  HotlineContact,
  HotlineContactInput,
  HotlineContactList,
  HotlineContactListQuery,
  HotlineContactParams,
  HotlineTransfer,
  HotlineTransferInput,
  HotlineTransferList,
  HotlineTransferListQuery,
} from '../../../shared/domain/Hotline';
import { createContact, getContact, type HotlineCaller } from './hotline-contact.service';
import { transferContact } from './hotline-transfer.service';
import { listHotlineContacts, listHotlineTransfers } from './hotline-list.service';

const tags = ['hotline'];

function callerOf(ctx: RequestContext): HotlineCaller {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return { actor: ctx.actor, user: ctx.user, locale: ctx.locale };
}

/** The hotline 111 console (issue #4 item 3, journey J2): log calls, transfer them to a commune, follow them. */
export function registerHotlineRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/hotline/contacts',
    access: Permission.hotlineUse,
    summary: 'Log a hotline 111 contact (idempotent on transactionId)',
    tags,
    body: HotlineContactInput,
    response: HotlineContact,
    successStatus: 201,
    handler: async ({ body, ctx }) => createContact(deps, callerOf(ctx), body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/hotline/contacts',
    access: Permission.hotlineUse,
    summary: 'Hotline contacts, newest first, with the progress of their transfers (no free text)',
    tags,
    querystring: HotlineContactListQuery,
    response: HotlineContactList,
    handler: async ({ query, ctx }) => listHotlineContacts(deps, callerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/hotline/contacts/:id',
    access: Permission.hotlineUse,
    summary: 'One hotline contact with its text (audited)',
    tags,
    params: HotlineContactParams,
    response: HotlineContact,
    handler: async ({ params, ctx }) => getContact(deps, callerOf(ctx), params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/hotline/contacts/:id/transfer',
    access: Permission.hotlineUse,
    summary:
      'Transfer a contact to a commune: records the report (Mẫu 01) and opens the case awaiting acknowledgement; 409 when already transferred',
    tags,
    params: HotlineContactParams,
    body: HotlineTransferInput,
    response: HotlineTransfer,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => transferContact(deps, callerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/hotline/transfers',
    access: Permission.hotlineUse,
    summary:
      'Transferred contacts with the progress of their cases (received, acknowledged, in progress, closed)',
    tags,
    querystring: HotlineTransferListQuery,
    response: HotlineTransferList,
    handler: async ({ query, ctx }) => listHotlineTransfers(deps, callerOf(ctx), query),
  });
}
