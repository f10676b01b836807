/**
 * What citizens type and say, mapped to the catalog's wording. Every key and value is already folded
 * (no diacritics, đ → d, lower case, y → i after a consonant: see fold.ts), so tables and text compare
 * as plain strings. Expansions are added to a query with a lower weight; they never replace its words.
 */

/** Teen-code and chat shorthand → the words they stand for (whole tokens only). */
export const SHORTHAND: Readonly<Record<string, string>> = {
  ko: 'khong',
  k: 'khong',
  kg: 'khong',
  kh: 'khong',
  hok: 'khong',
  hong: 'khong',
  j: 'gi',
  gj: 'gi',
  dc: 'duoc',
  bn: 'bao nhieu',
  bnh: 'bao nhieu',
  ntn: 'nhu the nao',
  lm: 'lam',
  mk: 'minh',
  cx: 'cung',
  vs: 'voi',
  r: 'roi',
  z: 'vay',
  v: 'vay',
  ng: 'nguoi',
  nc: 'nuoc',
  bik: 'biet',
  wa: 'qua',
  ck: 'chong',
  vk: 'vo',
  dk: 'dang ki',
  dki: 'dang ki',
  dangki: 'dang ki',
  ks: 'khai sinh',
  kt: 'khai tu',
  kh0ng: 'khong',
  sdt: 'so dien thoai',
  tks: 'cam on',
  hk: 'ho khau',
  e: 'em',
  ms: 'moi',
  mun: 'muon',
  trc: 'truoc',
  nhiu: 'nhieu',
  cty: 'cong ti',
  hs: 'ho so',
  gpkd: 'giay phep kinh doanh',
  ktu: 'khai tu',
  kso: 'khai sinh',
};

/** Shorthand pairs read together before single words ("kh" after "dk" is kết hôn, not không). */
export const SHORTHAND_PAIRS: Readonly<Record<string, string>> = {
  'dk kh': 'dang ki ket hon',
  'dki kh': 'dang ki ket hon',
  'dk ks': 'dang ki khai sinh',
  'dk kt': 'dang ki khai tu',
};

/** Abbreviations officers and citizens use (whole tokens) → what they stand for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cccd: 'can cuoc cong dan',
  cmnd: 'chung minh nhan dan can cuoc',
  gks: 'giay khai sinh',
  gpxd: 'giay phep xay dung',
  hkd: 'ho kinh doanh',
  xntthn: 'xac nhan tinh trang hon nhan',
  tthn: 'tinh trang hon nhan',
  ct07: 'xac nhan thong tin cu tru',
  ct01: 'dang ki thuong tru tam tru',
  dkkh: 'dang ki ket hon',
  dkks: 'dang ki khai sinh',
  gcn: 'giay chung nhan',
  qsdd: 'quyen su dung dat',
  gcnqsdd: 'giay chung nhan quyen su dung dat',
  btxh: 'bao tro xa hoi',
  ncc: 'nguoi co cong',
  nvqs: 'nghia vu quan su',
  bhyt: 'bao hiem y te',
  bhxh: 'bao hiem xa hoi',
  ubnd: 'uy ban nhan dan',
  tthc: 'thu tuc hanh chinh',
  pakn: 'phan anh kien nghi',
  gplx: 'giay phep lai xe',
  llpt: 'li lich tu phap',
  vneid: 'dinh danh dien tu',
};

/**
 * Everyday phrases (folded, matched as whole words) → official wording added to the query.
 * Order does not matter: every phrase found contributes its expansion once, with the weight given
 * (default 0.6; 1 for words that name the action, which outweighs the document it acts on).
 */
export const PHRASES: ReadonlyArray<readonly [string, string, number?]> = [
  ['so do', 'giay chung nhan quyen su dung dat'],
  ['so hong', 'giay chung nhan quyen su dung dat'],
  ['lam so', 'cap giay chung nhan lan dau'],
  ['chua co so', 'cap giay chung nhan lan dau'],
  ['chua tung co giay chung nhan', 'cap giay chung nhan lan dau'],
  ['hop thuc hoa', 'cap giay chung nhan lan dau'],
  ['cong chung', 'chung thuc', 1],
  ['sao y', 'chung thuc ban sao', 1],
  ['photo', 'chung thuc ban sao', 1],
  ['ho khau', 'thuong tru'],
  ['nhap khau', 'dang ki thuong tru'],
  ['tach khau', 'tach ho'],
  ['doc than', 'xac nhan tinh trang hon nhan'],
  ['chua co vo', 'xac nhan tinh trang hon nhan'],
  ['chua co chong', 'xac nhan tinh trang hon nhan'],
  ['chua ket hon', 'xac nhan tinh trang hon nhan'],
  ['chung tu', 'khai tu'],
  ['bao tu', 'khai tu'],
  ['qua doi', 'khai tu'],
  ['tu tran', 'khai tu'],
  ['hon thu', 'ket hon'],
  ['lay vo', 'ket hon'],
  ['lay chong', 'ket hon'],
  ['cuoi vo', 'ket hon'],
  ['cuoi chong', 'ket hon'],
  ['giay phep kinh doanh', 'dang ki ho kinh doanh'],
  ['dang ki kinh doanh', 'dang ki ho kinh doanh'],
  ['mo tiem', 'dang ki thanh lap ho kinh doanh'],
  ['mo quan', 'dang ki thanh lap ho kinh doanh'],
  ['mo cua hang', 'dang ki thanh lap ho kinh doanh'],
  ['buon ban', 'ho kinh doanh'],
  ['nghi ban', 'tam ngung kinh doanh'],
  ['tam nghi', 'tam ngung kinh doanh'],
  ['khong buon ban nua', 'cham dut hoat dong ho kinh doanh'],
  ['khong kinh doanh nua', 'cham dut hoat dong ho kinh doanh'],
  ['dong cua', 'cham dut hoat dong ho kinh doanh'],
  ['dong ma so', 'cham dut hoat dong ho kinh doanh'],
  ['giai the', 'cham dut hoat dong'],
  ['nguoi mi', 'co yeu to nuoc ngoai', 1],
  ['nguoi phap', 'co yeu to nuoc ngoai', 1],
  ['nguoi uc', 'co yeu to nuoc ngoai', 1],
  ['nguoi anh', 'co yeu to nuoc ngoai', 1],
  ['nguoi duc', 'co yeu to nuoc ngoai', 1],
  ['nguoi nga', 'co yeu to nuoc ngoai', 1],
  ['nguoi nhat', 'co yeu to nuoc ngoai', 1],
  ['nguoi han', 'co yeu to nuoc ngoai', 1],
  ['nguoi trung', 'co yeu to nuoc ngoai', 1],
  ['nguoi tay', 'co yeu to nuoc ngoai', 1],
  ['han quoc', 'co yeu to nuoc ngoai', 1],
  ['nhat ban', 'co yeu to nuoc ngoai', 1],
  ['dai loan', 'co yeu to nuoc ngoai', 1],
  ['trung quoc', 'co yeu to nuoc ngoai', 1],
  ['hong kong', 'co yeu to nuoc ngoai', 1],
  ['singapore', 'co yeu to nuoc ngoai', 1],
  ['thai lan', 'co yeu to nuoc ngoai', 1],
  ['campuchia', 'co yeu to nuoc ngoai', 1],
  ['malaysia', 'co yeu to nuoc ngoai', 1],
  ['philippines', 'co yeu to nuoc ngoai', 1],
  ['an do', 'co yeu to nuoc ngoai', 1],
  ['canada', 'co yeu to nuoc ngoai', 1],
  ['ca na da', 'co yeu to nuoc ngoai', 1],
  ['chau au', 'co yeu to nuoc ngoai', 1],
  ['hoa ki', 'co yeu to nuoc ngoai', 1],
  ['con lai', 'khai sinh co yeu to nuoc ngoai'],
  ['viet kieu', 'co yeu to nuoc ngoai'],
  ['bang lai', 'giay phep lai xe'],
  ['visa', 'thi thuc'],
  ['chia dat', 'phan chia di san'],
  ['de lai', 'di san thua ke'],
  ['thua ke', 'di san'],
  ['tho cu', 'chuyen muc dich su dung dat o'],
  ['dat vuon', 'chuyen muc dich su dung dat'],
  ['dat nong nghiep', 'chuyen muc dich su dung dat'],
  ['cay lau nam', 'chuyen muc dich su dung dat'],
  ['thanh dat o', 'chuyen muc dich su dung dat'],
  ['lan ranh', 'hoa giai tranh chap dat dai'],
  ['lan sang', 'hoa giai tranh chap dat dai'],
  ['ranh dat', 'hoa giai tranh chap dat dai'],
  ['ranh gioi', 'hoa giai tranh chap dat dai'],
  ['xay nha', 'cap giay phep xay dung moi nha o rieng le'],
  ['sua nha', 'giay phep xay dung sua chua cai tao'],
  ['nang tang', 'giay phep xay dung sua chua cai tao'],
  ['bai nao', 'khuyet tat'],
  ['tu ki', 'khuyet tat'],
  ['khiem thi', 'khuyet tat'],
  ['neo don', 'tro cap xa hoi bao tro'],
  ['mo coi', 'tro cap xa hoi bao tro'],
  ['luong huu', 'tro cap huu tri xa hoi'],
  ['thuong binh', 'nguoi co cong'],
  ['liet si', 'nguoi co cong liet si'],
  ['ki giay', 'chung thuc chu ki'],
  ['ki ten', 'chung thuc chu ki'],
  ['bo doi', 'nghia vu quan su'],
  ['di linh', 'nghia vu quan su'],
  ['phong tro', 'dang ki tam tru'],
  ['thue nha', 'dang ki tam tru'],
  ['o tro', 'dang ki tam tru'],
  ['ban dich', 'chung thuc chu ki nguoi dich'],
  ['dich thuat', 'chung thuc chu ki nguoi dich'],
  ['tiep dan', 'tiep cong dan'],
  ['gap chu tich', 'tiep cong dan'],
  ['gap lanh dao', 'tiep cong dan'],
  ['nhan tien', 'to cao'],
  ['hoi lo', 'to cao'],
  ['tham nhung', 'to cao'],
  ['cuong che', 'khieu nai quyet dinh'],
  ['on ao', 'xu li don phan anh kien nghi'],
  ['dang ki muon', 'dang ki khai sinh cho nguoi da co ho so giay to ca nhan'],
  ['chua bao gio', 'cho nguoi da co ho so giay to ca nhan'],
  ['moi sinh', 'dang ki khai sinh'],
  ['moi de', 'dang ki khai sinh'],
  ['em be', 'khai sinh'],
  ['trich luc', 'ban sao trich luc ho tich'],
  ['ban sao giay chung nhan ket hon', 'cap ban sao trich luc ho tich'],
  ['ban sao giay ket hon', 'cap ban sao trich luc ho tich'],
  ['ban sao giay chung tu', 'cap ban sao trich luc ho tich'],
  ['doi nganh nghe', 'thay doi noi dung dang ki ho kinh doanh'],
  ['doi dia chi', 'thay doi noi dung dang ki ho kinh doanh'],
  ['ban sao giay khai sinh', 'trich luc ho tich'],
  ['ten xau', 'thay doi cai chinh ho tich'],
  ['doi ten', 'thay doi cai chinh ho tich'],
  ['doi ho', 'thay doi cai chinh ho tich'],
  ['ghi sai', 'cai chinh'],
  ['sai ten', 'cai chinh'],
  ['tam dung', 'tam ngung', 1],
  ['ngung kinh doanh luon', 'cham dut hoat dong', 1],
  ['nghi ban luon', 'cham dut hoat dong', 1],
  ['tra giay phep', 'cham dut hoat dong', 1],
  ['sai ngay', 'cai chinh'],
  ['nhan con', 'nhan cha me con'],
  ['nhan cha', 'nhan cha me con'],
  ['ho chieu', 'cap ho chieu pho thong'],
  ['gioi thieu di tham mo', 'tham vieng mo liet si'],
  ['vieng mo', 'tham vieng mo liet si'],
  ['can ngheo', 'cong nhan ho ngheo'],
];

/**
 * Cues that a document was lost or damaged (→ re-issue / re-register), and kin words that make "mất"
 * mean "died" (→ death registration) instead.
 */
export const LOST_CUES = ['mat', 'that lac', 'bi chay', 'chay', 'rach', 'hu', 'bi mat', 'lam lai', 'lam mat'];
export const KIN = [
  'ba',
  'bo',
  'me',
  'ong',
  'chong',
  'vo',
  'con',
  'cu',
  'bac',
  'chu',
  'di',
  'co',
  'anh',
  'chi',
  'em',
  'noi',
  'ngoai',
  'nguoi',
];
export const DOCUMENT_NOUNS = ['giay', 'so', 'ban', 'bang', 'hop dong', 'the', 'giay phep', 'giay chung nhan'];

/** Words that ask for a certification: what follows them is the paper to certify, not the procedure. */
export const CERTIFY_CUES = ['chung thuc', 'cong chung', 'sao y', 'photo', 'thi thuc'];
/** Words that name the kind of certification itself, not its object: never scaled down. */
export const CERTIFY_KINDS = new Set(
  'ban sao chinh chu ki hop dong giao dich di chuc dich nguoi diem chi van tu choi phan chia thoa thuan'.split(' '),
);

/** "đã có …": the procedure the citizen already went through (its words count little). [cue, object] */
export const ALREADY_HAD: ReadonlyArray<readonly [string, string]> = [
  ['da co', 'giay khai sinh'],
  ['da co', 'khai sinh'],
  ['da lam', 'khai sinh'],
  ['da lam', 'giay khai sinh'],
  ['da dang ki', 'khai sinh'],
  ['da co', 'so do'],
  ['da co', 'so hong'],
  ['da co', 'giay chung nhan'],
  ['da co', 'giay phep'],
];

/**
 * What the citizen wants done to a paper (folded bigrams), in groups of equivalent wordings. A question
 * that says one of them favours records whose name or phrasings say one of the same group.
 */
export const INTENT_ACTIONS: ReadonlyArray<readonly string[]> = [
  ['gia han'],
  ['cap lai', 'dang ki lai', 'lam lai', 'cap doi'],
  ['cham dut', 'giai the', 'dong cua'],
  ['tam ngung', 'tam nghi', 'tam dung'],
  ['dieu chinh', 'thay doi', 'sua doi'],
  ['cai chinh', 'dinh chinh'],
  ['trich luc', 'ban sao'],
];

/** Words a question is made of that say nothing about which procedure is meant. */
export const STOPWORDS = new Set(
  (
    'a ah ak oi da thi la ma va voi cua cho toi minh em anh chi tui tao bac co o dau nao gi sao ' +
    'bao nhieu lau can phai muon xin hoi vay roi nhe khong ko duoc khi neu de nhung cac mot nhieu it rat ' +
    'qua cung nay kia do day vui long giup ha hen ui hi nguoi dan tai phuong uy thu tuc hanh ' +
    'giay het ton tien phi len den ve ra vao lam gio hom bi se duoc lieu biet gai trai ' +
    'chua tung vua sap nua'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Phrases that say nothing about which procedure is meant, though their words alone may ("tố" in "tố
 * cáo", "nhận" in "nhận con", "bản" in "bản sao", "chính" in "cải chính", "công" in "công chứng").
 */
export const STOP_PHRASES = [
  'uy ban nhan dan',
  'uy ban',
  'nhan dan',
  'thu tuc hanh chinh',
  'thu tuc',
  'giay to',
  'cong dan',
  'nguoi dan',
];

/** Which words of a run are stop words, alone or inside a stop phrase. */
export function stopMask(ws: readonly string[]): boolean[] {
  const out = ws.map((w) => STOPWORDS.has(w));
  for (const phrase of STOP_PHRASES) {
    const p = phrase.split(' ');
    for (let i = 0; i + p.length <= ws.length; i++)
      if (p.every((x, j) => ws[i + j] === x)) for (let j = 0; j < p.length; j++) out[i + j] = true;
  }
  return out;
}

/** Question fluff (folded phrases) removed before anything else: they never name a procedure. */
export const FLUFF = [
  'mat bao lau',
  'mat bao nhieu',
  'het bao nhieu',
  'bao nhieu tien',
  'bao nhieu ngay',
  'can giay to gi',
  'can nhung giay to gi',
  'can mang theo gi',
  'can mang gi',
  'can gi',
  'nhu the nao',
  'the nao',
  'lam sao',
  'o dau',
  'co duoc khong',
  'duoc khong',
  'co can',
];

/** Words that, alone, make a question a greeting or small talk. */
export const SMALL_TALK = new Set(
  'xin chao chao hello hi hey alo cam on thanks thank you ok oke okay bye tam biet'.split(' '),
);

/** English stop words (questions only). */
export const EN_STOPWORDS = new Set(
  (
    'a an the i me my we our you your he she it they them is are am was were be been do does did how what where ' +
    'when which who why can could would should will shall may might must to of in on at for from with by about ' +
    'and or but if so as this that these those there here have has had get got need needs want wants please ' +
    'just some any it’s im i’m its dont don’t do i need help hello hi thanks thank ward office here vietnam ' +
    'vietnamese procedure procedures document documents paper papers apply application make go take know tell ' +
    'find like there todo what’s whats where’s wheres'
  ).split(/\s+/),
);
