import type { Insertable } from 'kysely';
import type { AmResultsTable } from '../db/schema-action-month';
import type { AmActivityType } from '../../shared/domain/ActionMonth';
import { DEMO_COMMUNE } from './demo-data';

/** Synthetic activities and results of the demo Action Month (demo-action-month.ts), in the manner of real plans. */

export type DemoActivity = {
  type: AmActivityType;
  title: string;
  agency?: string;
  commune?: string;
  all?: boolean;
  dates: [string, string];
  budget: [number, number];
  targets: string;
};

/** The province plan's activities (synthetic, in the manner of the yearly plans, Thông tư 28/2019). */
export const PROVINCE_ACTIVITIES: DemoActivity[] = [
  {
    type: 'launch_ceremony',
    title: 'Tổ chức Lễ phát động Tháng hành động vì trẻ em cấp tỉnh',
    agency: 'so-y-te',
    dates: ['2025-05-30', '2025-05-30'],
    budget: [150_000_000, 50_000_000],
    targets: '500 đại biểu và trẻ em tham dự',
  },
  {
    type: 'communication',
    title: 'Tuyên truyền chủ đề, thông điệp của Tháng hành động và Tổng đài 111',
    all: true,
    dates: ['2025-06-01', '2025-06-30'],
    budget: [5_000_000, 0],
    targets: 'Mỗi xã ít nhất 10 tin, bài; treo băng rôn tại trụ sở',
  },
  {
    type: 'visits_gifts',
    title: 'Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt, trẻ em nghèo',
    all: true,
    dates: ['2025-06-01', '2025-06-20'],
    budget: [10_000_000, 20_000_000],
    targets: '100% trẻ em có hoàn cảnh đặc biệt được thăm hỏi',
  },
  {
    type: 'facility',
    title: 'Mỗi xã xây mới hoặc nâng cấp ít nhất một công trình vui chơi cho trẻ em',
    all: true,
    dates: ['2025-06-01', '2025-06-30'],
    budget: [30_000_000, 40_000_000],
    targets: 'Một công trình mỗi xã',
  },
  {
    type: 'summer_activities',
    title: 'Thí điểm “Điểm vui chơi hè an toàn” tại phường Bắc Nha Trang',
    commune: DEMO_COMMUNE,
    dates: ['2025-06-01', '2025-08-15'],
    budget: [25_000_000, 15_000_000],
    targets: '300 lượt trẻ em tham gia',
  },
  {
    type: 'health_screening',
    title: 'Khám sàng lọc, phẫu thuật miễn phí cho trẻ em khuyết tật vận động',
    agency: 'so-y-te',
    dates: ['2025-06-05', '2025-06-25'],
    budget: [200_000_000, 300_000_000],
    targets: '1.000 trẻ em được khám, 40 ca phẫu thuật',
  },
  {
    type: 'children_forum',
    title: 'Tổ chức Diễn đàn trẻ em cấp tỉnh',
    agency: 'ctxh',
    dates: ['2025-06-14', '2025-06-14'],
    budget: [60_000_000, 0],
    targets: '120 đại biểu trẻ em',
  },
  {
    type: 'training',
    title: 'Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho cha mẹ và giáo viên',
    agency: 'tro-giup-phap-ly',
    dates: ['2025-06-10', '2025-06-12'],
    budget: [40_000_000, 0],
    targets: '3 lớp, 240 học viên',
  },
  {
    type: 'communication',
    title: 'Tuyên truyền phòng, chống đuối nước và tai nạn giao thông cho trẻ em',
    agency: 'cong-an-xa',
    dates: ['2025-06-01', '2025-06-30'],
    budget: [0, 5_000_000],
    targets: '5 buổi tại khu dân cư',
  },
  {
    type: 'inspection',
    title: 'Kiểm tra, giám sát việc thực hiện quyền trẻ em tại cơ sở',
    agency: 'so-y-te',
    dates: ['2025-06-16', '2025-06-27'],
    budget: [20_000_000, 0],
    targets: 'Kiểm tra 6 xã, phường',
  },
];

export const COMMUNE_ACTIVITIES: DemoActivity[] = [
  {
    type: 'communication',
    title: 'Phát thanh thông điệp Tháng hành động trên loa của phường',
    commune: DEMO_COMMUNE,
    dates: ['2025-06-01', '2025-06-30'],
    budget: [2_000_000, 0],
    targets: '3 buổi mỗi tuần',
  },
  {
    type: 'visits_gifts',
    title: 'Thăm, tặng quà 40 trẻ em có hoàn cảnh đặc biệt của phường',
    agency: 'hoi-phu-nu',
    dates: ['2025-06-01', '2025-06-10'],
    budget: [8_000_000, 16_000_000],
    targets: '40 suất quà',
  },
  {
    type: 'summer_activities',
    title: 'Ngày hội vui chơi hè cho thiếu nhi tại trường tiểu học',
    agency: 'truong-th',
    dates: ['2025-06-07', '2025-06-07'],
    budget: [5_000_000, 10_000_000],
    targets: '400 lượt trẻ em',
  },
];

/** Plausible result figures of an activity type, scaled per commune so that two reports differ. */
export function demoFigures(type: AmActivityType, scale: number): Partial<Insertable<AmResultsTable>> {
  switch (type) {
    case 'communication':
      return {
        events: 12 * scale,
        media_items: 18 * scale,
        participants_male: 140 * scale,
        participants_female: 165 * scale,
      };
    case 'visits_gifts':
      return {
        events: 3,
        children_reached: 40 * scale,
        children_gifted: 40 * scale,
        gifts_value: 20_000_000 * scale,
        cash_mobilised: 12_000_000 * scale,
        in_kind_mobilised: 8_000_000,
      };
    case 'facility':
      return { facilities_built: scale === 1 ? 1 : 0, facilities_upgraded: 1, cash_mobilised: 35_000_000 };
    case 'summer_activities':
      return { events: 9, children_reached: 310, participants_male: 150, participants_female: 160 };
    default:
      return { events: 1 };
  }
}
