import { weighted, zipf, type Picker, type Rng } from './prng';

/**
 * Synthetic Vietnamese names with plausible frequencies. Never a real child: names are drawn independently
 * (surname, middle name, given name). Sources of the shares: commonly cited surname shares (Nguyễn ~38%, Trần ~11%,
 * Lê ~9.5%, Phạm ~7% …); the middle and given name lists follow the names of children born 2010–2025 (fewer "Thị",
 * more "Gia", "Bảo", "Minh"). Minority naming traditions (Mông, Thái, Khmer, Ê Đê/Gia Rai …) are included so the
 * syllable vocabulary of a national register is as varied as the real one.
 */
export type Sex = 'male' | 'female';

/** "Nguyễn 38, Trần 11" → [['Nguyễn', 38], ['Trần', 11]]: tables stay compact and readable. */
function table(text: string): Array<readonly [string, number]> {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf(' ');
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    });
}

/** Whitespace-separated single words; "|" separates entries of several words. */
function words(text: string): string[] {
  return text.includes('|') ? text.split('|').map((s) => s.trim()) : text.split(/\s+/).filter(Boolean);
}

/** A list in rough order of frequency, weighted like a Zipf law. */
const ranked = (text: string, s = 1) => weighted(zipf(words(text), 1, s));

/** Kinh surnames, percent of the population (the tail shares are rough). */
const KINH_SURNAMES = table(`
  Nguyễn 38, Trần 11, Lê 9.5, Phạm 7, Hoàng 3.2, Huỳnh 2.0, Phan 4.5, Vũ 2.2, Võ 1.7, Đặng 2.1,
  Bùi 2.0, Đỗ 1.4, Hồ 1.3, Ngô 1.3, Dương 1.0, Lý 0.5, Đinh 0.9, Đào 0.6, Đoàn 0.7, Trương 0.8,
  Trịnh 0.6, Lâm 0.5, Mai 0.5, Lương 0.5, Cao 0.5, Hà 0.5, Lưu 0.3, Tạ 0.3, Thái 0.3, Châu 0.2,
  Lại 0.2, Chu 0.2, Tô 0.2, Triệu 0.2, Phùng 0.2, Vương 0.2, Quách 0.15, Kiều 0.15, La 0.1, Từ 0.1,
  Tăng 0.1, Hứa 0.1, Thân 0.1, Nghiêm 0.1, Đàm 0.1, Giang 0.1, Tống 0.1, Khúc 0.05, Âu 0.05,
  Mạc 0.05, Ông 0.05, Diệp 0.05, Doãn 0.05, Văn 0.05, Quan 0.05, Khổng 0.03, Bạch 0.03, Lạc 0.03,
  Mẫn 0.02, Ninh 0.03, Viên 0.02, Cù 0.02, Lã 0.03, Khương 0.02, Hàn 0.02, Thạch 0.03, Yên 0.01,
  Ung 0.01
`);

const MALE_MIDDLE = table(`
  Văn 25, Minh 11, Đức 7, Gia 7, Quốc 5, Hoàng 5, Bảo 5, Anh 4, Thành 3, Hữu 3, Công 3, Tuấn 2,
  Trung 2, Thanh 2, Đăng 2, Nhật 2, Khánh 1.5, Tiến 1, Duy 1, Xuân 1, Ngọc 1, Quang 1.5, Phúc 1,
  Thiên 1, Trọng 1, Hải 0.8, Mạnh 0.6, Thế 0.6, Việt 0.6, Đình 1, Bá 0.5, Chí 0.5, Kim 0.3, Tấn 0.8,
  Phước 0.5, Vĩnh 0.3, An 0.3
`);

const FEMALE_MIDDLE = table(`
  Thị 22, Ngọc 10, Bảo 6, Khánh 5, Minh 5, Thanh 5, Gia 4, Phương 3, Thu 3, Hà 2, Thùy 3, Kim 3,
  Mai 2, Quỳnh 2, Diệu 2, Tuệ 1.5, Hoài 1.5, Thảo 1.5, Yến 1, Hồng 1.5, Tường 1, Cẩm 1, Huyền 1,
  Lan 1, Bích 1, Mỹ 1.5, Như 1, Hải 1, Vân 0.8, Xuân 0.8, Hoàng 0.6, An 0.5, Uyên 0.4, Trúc 0.5,
  Nhã 0.5
`);

/** Given names, roughly by frequency (zipf weights), with the commonest given explicit shares. */
const MALE_GIVEN_TOP = table(`
  Huy 4.5, Minh 4.2, Khang 4, An 4, Bảo 3.5, Phúc 3.5, Nam 3.2, Long 3, Quân 3, Anh 3, Khánh 2.5,
  Đạt 2.5, Tuấn 2.5, Hùng 2.2, Dũng 2.2, Hải 2, Khôi 2, Duy 2, Thành 1.8, Phong 1.8
`);
const MALE_GIVEN_TAIL = words(`
  Hoàng Kiên Trung Sơn Tài Tâm Thịnh Vinh Hiếu Lâm Nguyên Nhật Phát Quang Thắng Tiến Toàn Trí Tùng
  Việt Vũ Đức Bình Cường Dương Hưng Khoa Lộc Luân Nghĩa Nhân Phú Quốc Sang Tân Thái Thiện Thông Trọng
  Trường Tú Hậu Hào Hiển Lợi Mạnh Thanh Thuận Vĩ Bách Chiến Công Danh Định Đông Giang Hà Hạnh Hiệp
  Hòa Hoà Kha Khải Khiêm Khương Lực Nhàn Ninh Phi Phước Quý Quyết Tấn Thạch Thiên Thuỷ Tín Tịnh Trực
  Tường Uy Văn Vương Xuân Ý Bằng Cảnh Chương Di Diệu Du Đăng Điền Hân Hiền Hữu Kỳ Lành Linh Mẫn Ngọc
  Nhất Pháp Quyền Sáng Tạo Thạnh Thế Thoại Thục Toản Tuệ Vân Vỹ Yên Đôn Khoát Lĩnh Nhuận Sĩ Tước Hoan
  Kháng Thức Biên Cần Độ Ẩn
`);
const FEMALE_GIVEN_TOP = table(`
  Anh 5, Linh 4.5, Vy 4, Ngọc 3.5, Nhi 3.5, Trang 3, Thảo 3, Hân 3, Hà 2.5, An 2.5, My 2.5, Châu 2,
  Yến 2, Mai 2, Tâm 1.5, Như 2, Uyên 2, Ngân 2, Quỳnh 2, Phương 1.8
`);
const FEMALE_GIVEN_TAIL = words(`
  Hương Huyền Giang Hoa Lan Thư Trâm Chi Diệp Dung Hạnh Hằng Hiền Hồng Loan Ly Nga Nhung Oanh Quyên
  Thu Thủy Thuỷ Tuyết Vân Hoài Diễm Kiều Lam Ánh Nguyệt Tiên Trinh Xuân Khánh Minh Bảo Duyên Đào Gấm
  Hậu Huệ Khuê Lê Liên Lụa Mơ Mỹ Na Nhàn Nhiên Nương Phượng Sương Thanh Thắm Thơ Thùy Thy Trà Trúc Tú
  Tuệ Vi Xuyến Yên Ái Bích Cúc Diệu Đan Hảo Kim Lài Lệ Miên Ngà Nhã Phúc Quế Sen Tâm Thoa Thục Thương
  Tươi Vương Ý Yến Hường Dịu Điệp Hạ Lộc Mến Nụ Phấn Quyến Tình Trầm Uyển
`);

const maleGiven = [...MALE_GIVEN_TOP, ...zipf(MALE_GIVEN_TAIL, 1.6, 0.9)];
const femaleGiven = [...FEMALE_GIVEN_TOP, ...zipf(FEMALE_GIVEN_TAIL, 1.6, 0.9)];

/** How names are built: the Kinh pattern is surname + middle + given; others below. */
export const NAMING = {
  kinh: 'kinh',
  tay: 'tay',
  thai: 'thai',
  muong: 'muong',
  hmong: 'hmong',
  dao: 'dao',
  khmer: 'khmer',
  hoa: 'hoa',
  highland: 'highland',
} as const;
export type Naming = (typeof NAMING)[keyof typeof NAMING];

const pick = {
  kinhSurname: weighted(KINH_SURNAMES),
  middle: { male: weighted(MALE_MIDDLE), female: weighted(FEMALE_MIDDLE) } satisfies Record<
    Sex,
    Picker<string>
  >,
  given: { male: weighted(maleGiven), female: weighted(femaleGiven) } satisfies Record<Sex, Picker<string>>,
  taySurname: ranked('Nông Hoàng Lương Lục Ma Hà Lăng Bế Vi Triệu Đàm Nguyễn'),
  thaiSurname: ranked('Lò Lường Quàng Cầm Tòng Vi Hà Lừ Điêu Lộc Sầm Bạc'),
  muongSurname: ranked('Bùi Đinh Quách Hà Xa Cao Bạch Phạm'),
  hmongSurname: ranked('Giàng Sùng Thào Vàng Lầu Mùa Hạng Lý Vừ Cứ Hờ Tráng'),
  hmongMiddle: {
    male: weighted(table('A 5, Seo 2, Mí 1, Văn 2')),
    female: weighted(table('Thị 6, Mý 2, Thị Mai 0.5')),
  } satisfies Record<Sex, Picker<string>>,
  hmongGiven: {
    male: ranked('Páo Sử Chồng Lềnh Dính Pó Chá Tủa Dế Sính Cở Vảng Chía Nhè Su', 0.7),
    female: ranked('Mỷ Dợ Súa Chư Mai Say Dở Pằng Sua Khu Lan Chá Mỉ Dung', 0.7),
  } satisfies Record<Sex, Picker<string>>,
  daoSurname: ranked('Triệu Bàn Lý Đặng Phùng Chảo Tẩn Lò'),
  khmerSurname: ranked('Thạch Danh Sơn Kim Lâm Chau Lý Huỳnh Néang'),
  khmerSyllable: ranked(
    'Sô Phal Ra Ny Sa Rinh Pha Ly Sóc Kha Chanh Thi Đa Rươl Mô Ni Phia Ka Ri Thê Ren Vích Rết',
    0.6,
  ),
  hoaSurname: ranked('Lý Trương Lâm Quách Hứa Lưu Tạ Vương Trần Châu Mạch Diệp'),
  hoaMiddle: weighted(table('Gia 3, Chí 2, Tuệ 2, Minh 2, Bảo 1, Ngọc 1, Khả 1')),
  jraiSurname: ranked('Ksor | Siu | Rơ Châm | Rơ Mah | Nay | Kpă | Puih | Rah Lan'),
  edeSurname: ranked('Niê | Mlô | Êban | Byă | Hwing | Adrơng | Buôn Yă | Ksơr'),
  highlandGiven: ranked('Blứ Thuyên Nguôn Bla Hmưi Dăm Luyên Nhi Sương Kơ Thiết Tuấn Jơn Nhoe Rin Ngơr', 0.7),
};

/** A full name for a child of the given sex and naming tradition, and the father's surname it was built on. */
/** Middle and given name of the Kinh pattern. */
function kinhRest(rng: Rng, sex: Sex): string {
  const middle = pick.middle[sex](rng);
  // About one child in eight has a two-word middle name ("Nguyễn Ngọc Bảo Anh").
  const second = rng.chance(0.12) ? ` ${pick.middle[sex](rng)}` : '';
  const given = pick.given[sex](rng);
  return second.endsWith(` ${given}`) || middle === given
    ? `${middle} ${pick.given[sex](rng)}`
    : `${middle}${second} ${given}`;
}

export function syntheticName(rng: Rng, sex: Sex, naming: Naming): { fullName: string; surname: string } {
  switch (naming) {
    case 'kinh': {
      const surname = pick.kinhSurname(rng);
      return { fullName: `${surname} ${kinhRest(rng, sex)}`, surname };
    }
    case 'tay': {
      const surname = pick.taySurname(rng);
      return { fullName: `${surname} ${kinhRest(rng, sex)}`, surname };
    }
    case 'thai': {
      const surname = pick.thaiSurname(rng);
      return { fullName: `${surname} ${sex === 'male' ? 'Văn' : 'Thị'} ${pick.given[sex](rng)}`, surname };
    }
    case 'muong': {
      const surname = pick.muongSurname(rng);
      return { fullName: `${surname} ${sex === 'male' ? 'Văn' : 'Thị'} ${pick.given[sex](rng)}`, surname };
    }
    case 'hmong': {
      const surname = pick.hmongSurname(rng);
      return { fullName: `${surname} ${pick.hmongMiddle[sex](rng)} ${pick.hmongGiven[sex](rng)}`, surname };
    }
    case 'dao': {
      const surname = pick.daoSurname(rng);
      return { fullName: `${surname} ${sex === 'male' ? 'Văn' : 'Thị'} ${pick.given[sex](rng)}`, surname };
    }
    case 'khmer': {
      const surname = pick.khmerSurname(rng);
      const middle = sex === 'female' && rng.chance(0.5) ? 'Thị ' : '';
      return {
        fullName: `${surname} ${middle}${pick.khmerSyllable(rng)} ${pick.khmerSyllable(rng)}`,
        surname,
      };
    }
    case 'hoa': {
      const surname = pick.hoaSurname(rng);
      return { fullName: `${surname} ${pick.hoaMiddle(rng)} ${pick.given[sex](rng)}`, surname };
    }
    case 'highland': {
      // Gia Rai: surname first ("Ksor Tuấn"); Ê Đê: Y (boys) / H' (girls) + given + surname last ("Y Blứ Niê").
      if (rng.chance(0.5)) {
        const surname = pick.jraiSurname(rng);
        return { fullName: `${surname} ${pick.highlandGiven(rng)}`, surname };
      }
      const surname = pick.edeSurname(rng);
      return {
        fullName: `${sex === 'male' ? 'Y' : "H'"}${sex === 'male' ? ' ' : ''}${pick.highlandGiven(rng)} ${surname}`,
        surname,
      };
    }
  }
}

/** A caregiver's name: the father shares the child's surname, the mother and others have their own. */
export function caregiverName(rng: Rng, sex: Sex, naming: Naming, surname?: string): string {
  const built = syntheticName(rng, sex, naming);
  if (!surname || !built.fullName.startsWith(`${built.surname} `)) return built.fullName;
  return `${surname}${built.fullName.slice(built.surname.length)}`;
}
