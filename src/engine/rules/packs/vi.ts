import type { Rule } from '../../types.ts';
import { PACK_LINK, wrongNumberChat } from './shared.ts';

/**
 * Vietnamese (vi). Vietnamese letters with diacritics are not `\w`, so patterns avoid `\b` and use
 * whole syllable phrases, each in its accented and its unaccented spelling (many people type
 * without diacritics: "dau tu", "nap tien"). Phrasing follows Vietnamese police and press alerts:
 * "nhắn nhầm" openers, Zalo/Telegram moves, "nhiệm vụ" like/order tasks, "nạp tiền nâng cấp",
 * "đóng phí rút tiền", "tài khoản an toàn" police impersonation.
 */
/** "The same amount as" (a deposit equal to the balance): written twice in one rule (both word orders). */
const VI_EQUAL_AMOUNT = '(?:bằng đúng|đúng bằng|dung bang|tương đương|tuong duong|tương ứng|tuong ung|bằng)';
/** The credit score: written twice in one rule (both word orders). */
const VI_CREDIT_SCORE =
  '(?:điểm tín dụng|diem tin dung|điểm uy tín|diem uy tin|điểm tín nhiệm|diem tin nhiem)';
/** Pay, top up, upgrade or complete: written twice in one rule (both word orders). */
const VI_PAY_VERB =
  '(?:nạp|nap|thanh toán|thanh toan|nộp|nop|đóng|dong|nâng cấp|nang cap|chuyển|chuyen|hoàn tất|hoan tat)';
/** The balance, funds or account: written twice in one rule (both word orders). */
const VI_FUNDS = '(?:số dư|so du|số tiền|so tien|tiền|tien|tài sản|tai san|vốn|von|tài khoản|tai khoan)';
/** Seized, forfeited or wiped out: written twice in one rule (both word orders). */
const VI_SEIZED =
  '(?:tịch thu|tich thu|thu hồi|thu hoi|mất trắng|mat trang|mất hết|mat het|xóa sạch|xoa sach|đóng băng vĩnh viễn|khóa vĩnh viễn)';

/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_VI =
  /(?:xin lỗi|xin loi|sorry)[^\n]{0,30}(?:nhầm số|nham so|nhắn nhầm|nhan nham|gửi nhầm|gui nham|nhầm người|nham nguoi)/u;

export const VI_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_VI',
    family: 'opener',
    stage: 'opener',
    languages: ['vi'],
    pattern: WRONG_NUMBER_VI,
    description: 'A stranger apologises for texting the wrong number and stays to chat.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: ['Xin lỗi, em nhắn nhầm số. Anh ở đâu vậy?', 'xin loi chi, em gui nham nguoi roi'],
      miss: ['Xin lỗi mình trả lời muộn nhé', 'Hôm qua gọi nhầm cho sếp, ngại quá'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_VI',
    ...wrongNumberChat(
      'vi',
      WRONG_NUMBER_VI,
      'bạn ở đâu|ban o dau|bạn (?:đến )?từ đâu|ban (?:den )?tu dau|bạn có vẻ (?:dễ thương|tốt bụng|thân thiện)|làm quen|lam quen|kết bạn|ket ban',
    ),
    examples: {
      hit: [
        'Xin lỗi, tôi nhắn nhầm số. Nhưng bạn có vẻ dễ thương, bạn ở đâu?',
        'xin loi nhan nham, lam quen nhe',
      ],
      miss: ['Xin lỗi, nhắn nhầm số.', 'bạn ở đâu vậy, mình qua đón'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_VI',
    family: 'opener',
    stage: 'opener',
    languages: ['vi'],
    pattern:
      /(?:trợ lý|tro ly|thư ký|thu ky)[^\n]{0,30}(?:lưu|luu|cho)[^\n]{0,10}(?:số|so|zalo|liên lạc|lien lac)|(?:xin|lấy|lay) (?:được )?(?:số|so|zalo) (?:của )?(?:anh|chị|chi|bạn|ban) (?:từ|tu) /u,
    description: 'Claims an assistant saved the number, or that the number came from someone else.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: [
        'Chào chị, trợ lý của tôi lưu số chị trong danh sách khách hàng',
        'Em xin được số của anh từ nhóm bạn cũ',
      ],
      miss: ['Trợ lý giáo viên sẽ gửi bài tập tối nay', 'Lưu số mới của mình nhé'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_VI',
    family: 'romance',
    stage: 'rapport',
    languages: ['vi'],
    pattern:
      /(?:mới|moi) (?:quen|nói chuyện|noi chuyen)[^\n]{0,30}(?:yêu|yeu|thương|thuong)|(?:em|anh) (?:là|la) (?:định mệnh|dinh menh|tri kỷ|tri ky|nửa kia|nua kia) (?:của|cua)/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['Mới nói chuyện vài ngày mà anh đã yêu em rồi', 'Em là định mệnh của anh'],
      miss: ['Yêu mẹ nhiều, chủ nhật con về', 'Bộ phim kể về hai người mới quen ở Đà Lạt'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_VI',
    family: 'romance',
    stage: 'rapport',
    languages: ['vi'],
    pattern:
      /giàn khoan|gian khoan dau|lính mỹ|linh my|quân đội mỹ|quan doi my|bác sĩ (?:của )?liên hợp quốc|bac si lien hop quoc|(?:vợ|chồng) (?:tôi|anh|em) (?:mất|qua đời)[^\n]{0,40}(?:con|một mình)/u,
    description: 'The romance-scam life story: oil rig, US soldier, UN doctor, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'Anh là kỹ sư làm việc trên giàn khoan dầu ngoài biển',
        'Vợ anh mất ba năm trước, anh nuôi con một mình',
      ],
      miss: ['Giá dầu hôm nay tăng nhẹ', 'Bà ngoại mất rồi, cả nhà về quê'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_VI',
    family: 'romance',
    stage: 'rapport',
    languages: ['vi'],
    pattern:
      /(?:video ?call|gọi video|goi video|call video)[^\n]{0,25}(?:không được|khong duoc|không thể|khong the|bị cấm|bi cam|không tiện|khong tien)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['Ở căn cứ gọi video không được đâu em', 'call video khong tien, mang o day yeu lam'],
      miss: ['Tối nay gọi video cho bà nhé', 'Gọi video với lớp lúc 8 giờ'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_VI',
    family: 'romance',
    stage: 'rapport',
    languages: ['vi'],
    pattern:
      /(?:sống|song) (?:trọn đời|tron doi|cả đời|ca doi) (?:bên|ben) (?:em|anh)|tương lai của (?:chúng ta|hai đứa|hai ta)|tuong lai cua (?:chung ta|hai dua|hai ta)|(?:vì|cho) tương lai (?:của )?(?:hai đứa|hai ta|đôi ta|chúng mình|tụi mình)|(?:vi|cho) tuong lai (?:cua )?(?:hai dua|hai ta|doi ta|chung minh|tui minh)/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: [
        'Tất cả là vì tương lai hai đứa mình mà',
        'Anh muốn sống trọn đời bên em',
        'Mình cùng dành tiền cho tương lai của chúng ta nhé',
      ],
      miss: [
        'Tương lai của mình do mình tự quyết định',
        'Tương lai của con cái là quan trọng nhất',
        'Kế hoạch tương lai của công ty sẽ công bố tuần sau',
      ],
    },
  },
  {
    id: 'PLATFORM_MOVE_VI',
    family: 'platform_move',
    stage: 'platform',
    languages: ['vi'],
    pattern:
      /(?:kết bạn|ket ban|add|thêm|them) (?:zalo|telegram|whatsapp|line|wechat) (?:của |cua )?(?:em|anh|chị|chi|mình|minh)|(?:chuyển|chuyen) (?:sang|qua) (?:zalo|telegram|whatsapp|line|wechat) (?:nói chuyện|noi chuyen|nhắn tin|nhan tin|cho tiện|cho tien)/u,
    description: 'Asks to move the chat to Zalo, Telegram or another app.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'Anh kết bạn Zalo của em đi, ở đây em ít vào',
        'Mình chuyển sang Telegram nói chuyện cho tiện nhé',
      ],
      miss: ['Gửi file qua email giúp mình nhé', 'Zalo đang lỗi, không gửi được ảnh'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?<!(?:không|khong|chẳng|chang)[^\n]{0,30})(?:cam kết|cam ket|bảo đảm|bao dam|đảm bảo|dam bao) (?:lợi nhuận|loi nhuan|có lời|co loi|hoàn vốn|hoan von|lãi|lai)|(?:lãi|lợi nhuận|loi nhuan) (?:cố định|co dinh|chắc chắn|chac chan|đảm bảo|dam bao)|không thể lỗ|không bao giờ lỗ|(?:thị trường|thi truong|giá|gia)[^\n]{0,6} (?:lên hay xuống|len hay xuong|tăng hay giảm|tang hay giam|lên hay giảm)[^\n]{0,30}(?:vẫn|van) (?:nhận|nhan|lãi|lai|lời|loi|có lãi|co lai|có lời)|(?<!(?:không|khong|chẳng|chang|chưa|chua)[^\n]{0,20})(?:chắc chắn|chac chan|đảm bảo|dam bao|cam kết|cam ket|100%) (?:sẽ |se )?(?:tăng|tang|lên|len|x) ?(?:gấp |gap )?(?:\d{1,3}|mười|muoi|hai mươi|hai muoi|năm mươi|trăm|tram) ?(?:lần|lan|x)(?!\p{L})|(?:coin|token|đồng|dự án|du an)[^\n]{0,60}(?:niêm yết|niem yet|lên sàn|len san|listing)[^\n]{0,40}(?:sẽ|se|chắc|chac)[^\n]{0,10}(?:tăng|tang|lên|len|x) ?(?:gấp |gap )?(?:\d{1,3}|mười|muoi|hai mươi|trăm) ?(?:lần|lan|x)(?!\p{L})/u,
    description: 'Promises guaranteed or fixed profit, or says the user cannot lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'Thị trường lên hay xuống thì anh vẫn nhận đủ tiền lãi',
        'Coin này giá chắc chắn tăng gấp mười lần',
        'Token mới tuần sau lên sàn, giá sẽ tăng gấp 20 lần',
        'Chỉ cần nạp 1000 USDT là có thể bắt đầu, lợi nhuận đảm bảo',
        'Sàn này cam kết lợi nhuận mỗi ngày',
        'Lãi cố định, không bao giờ lỗ đâu anh',
      ],
      miss: [
        'Thị trường lên hay xuống thì tôi vẫn giữ cổ phiếu lâu dài',
        'Không có gì chắc chắn tăng gấp 10 lần cả, cẩn thận',
        'Công ty niêm yết năm 2010, đến nay doanh thu tăng gấp 3 lần',
        'Không có khoản đầu tư nào cam kết lợi nhuận, hãy cẩn thận',
        'Lãi suất tiết kiệm tháng này giảm nhẹ',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:lãi|lai|lợi nhuận|loi nhuan|hoa hồng|hoa hong|lời|loi)[^\n]{0,20}\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:\/|mỗi|moi|một|mot|trên|tren|1)\s?(?:ngày|ngay|tuần|tuan)(?!\p{L})|(?:mỗi|moi) (?:ngày|ngay|tuần|tuan) (?:lãi|lai|lời|loi|lợi nhuận|loi nhuan)[^\n]{0,10}\d{1,3}(?:[.,]\d{1,2})?\s?%/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['Lợi nhuận 3%/ngày, rút bất cứ lúc nào', 'loi nhuan 5% moi ngay anh a'],
      miss: ['Lãi suất tiết kiệm 5,5%/năm', 'Cổ phiếu tăng 3% tuần này'],
    },
  },
  {
    id: 'INVEST_MENTOR_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:chú|cậu|thầy|mentor|chuyên gia|chuyen gia)(?: của| cua)? (?:em|tôi|toi|mình|minh)?[^\n]{0,30}(?:tín hiệu|tin hieu|signal|thông tin nội bộ|thong tin noi bo|tin nội bộ|tin noi bo)|(?:chú|cậu|bác|thầy|mentor|chuyên gia|chuyen gia|người quen|nguoi quen|anh họ|chị họ)(?! ý)(?!\p{L})[^\n]{0,60}(?<!(?:không|khong|chẳng|chang|ai|thể) )(?:luôn biết|luon biet|biết trước|biet truoc|nắm trước|nắm được|nam duoc)[^\n]{0,15}(?:thị trường|thi truong|giá coin|giá vàng|xu hướng|xu huong|lệnh|lenh|kèo|keo|sóng)|(?:chưa|chua|không|khong) (?:thua|lỗ|lo|cháy|chay|sai) (?:lệnh|lenh|kèo|keo) nào|(?:vào lệnh theo|vao lenh theo|đánh theo|danh theo|làm theo|lam theo) (?:tín hiệu |tin hieu )?(?:của |cua )?(?:chú|cậu|thầy|thay|mentor|chuyên gia|chuyen gia)(?!\p{L})[^\n]{0,30}(?:thắng|thang|lãi|lời|có lời|co loi|lợi nhuận|loi nhuan|không lỗ|khong lo)/u,
    description: 'An uncle, teacher or analyst with insider information or trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Chú tôi làm ở quỹ đầu tư bên Hồng Kông, chú luôn biết thị trường đi hướng nào',
        'Thầy gửi kèo mỗi sáng, từ đó mình chưa thua lệnh nào',
        'Cứ vào lệnh theo chú là thắng, không lo gì',
        'Chú của em làm ở quỹ, có tín hiệu giao dịch mỗi tối',
        'Thầy mình có thông tin nội bộ về đồng coin mới',
      ],
      miss: [
        'Chú ý: không ai biết trước thị trường sẽ đi đâu',
        'Đội bóng của chú chưa thua trận nào mùa này',
        'Cứ làm theo thầy dặn là làm bài tốt thôi',
        'Chú của em mới đi Nhật về',
        'Tín hiệu điện thoại ở quê yếu lắm',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /giao dịch hợp đồng|giao dich hop dong|hợp đồng giây|hop dong giay|(?:đào|dao|staking|nạp|nap) usdt|pool thanh khoản|pool thanh khoan|(?:usdt|coin|btc|eth|tiền ảo|tien ao|tiền điện tử|tien dien tu)[^\n]{0,80}(?:địa chỉ ví|dia chi vi|ví|vi)(?!\p{L})[^\n]{0,10}(?:mà |ma )?(?:em|anh|chị|chi|mình|minh|tôi|toi|bên em|ben em) (?:gửi|gui|đưa|dua|cho|cung cấp|cung cap)(?!\p{L})|(?:chuyển|chuyen|gửi|gui|nạp|nap|bắn) (?:usdt |coin |tiền |tien )?(?:vào|vao|đến|den|tới|toi|sang|qua) (?:cái |cai )?(?:địa chỉ ví|dia chi vi)[^\n]{0,10}(?:mà |ma )?(?:em|anh|chị|chi|mình|minh|tôi|toi|bên em|ben em|dưới đây|duoi day|này|nay|sau)(?!\p{L})/u,
    description: '"Contract trading", seconds contracts, USDT mining or liquidity pools.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Anh mua USDT trên Binance rồi chuyển vào địa chỉ ví em gửi nhé',
        'Chị chuyển vào địa chỉ ví này giúp em, xong chụp màn hình',
        'Em đang chơi giao dịch hợp đồng trên sàn này, ngày nào cũng lời',
        'Chỉ cần nạp USDT vào pool thanh khoản là có lãi',
      ],
      miss: [
        'Anh mua ít USDT để giữ trên ví của anh ở Binance',
        'Tuyệt đối không chuyển tiền vào địa chỉ ví lạ',
        'Hợp đồng thuê nhà hết hạn tháng sau',
        'Bitcoin giảm mạnh hôm nay',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:hướng dẫn|huong dan|dạy|chỉ) (?:em|anh|chị|chi|bạn|ban) (?:cách )?(?:đầu tư|dau tu|giao dịch|giao dich|trade|chơi coin|choi coin)|(?:làm theo|lam theo) (?:em|anh|chị|mình)[^\n]{0,20}(?:lãi|lời|loi nhuan|lợi nhuận)|(?:hướng dẫn|huong dan|kèm|chỉ|dẫn dắt)(?: cho)? (?:em|anh|chị|chi|bạn|ban|cậu) (?:từng bước|tung buoc|từng lệnh|tung lenh|cách vào lệnh|cach vao lenh|vào lệnh|vao lenh|thao tác|thao tac|cầm tay)|(?:em|anh|chị|mình|minh|tôi|toi) (?:sẽ |se )?(?:hướng dẫn|huong dan|kèm|chỉ|dẫn dắt) (?:từng bước|tung buoc|từng lệnh|tung lenh|thao tác|thao tac|vào lệnh|vao lenh)[^\n]{0,60}(?:lợi nhuận|loi nhuan|có lãi|co lai|có lời|co loi|lãi(?! suất)|thắng|coin|usdt|sàn)(?!\p{L})|cầm tay chỉ việc[^\n]{0,40}(?:đầu tư|dau tu|vào lệnh|giao dịch|sàn|coin|usdt)/u,
    description: 'Offers to teach trading or to guide every trade.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Anh cứ nạp đi, em sẽ kèm anh từng bước',
        'Em sẽ hướng dẫn từng bước cho đến khi anh thấy lợi nhuận đầu tiên',
        'Chị cầm tay chỉ việc cho em đầu tư coin',
        'Để anh hướng dẫn em cách đầu tư, dễ lắm',
        'Cứ làm theo anh là có lãi',
      ],
      miss: [
        'Cô giáo sẽ hướng dẫn từng bước làm bài thí nghiệm',
        'Mình sẽ hướng dẫn từng bước cách tính lãi suất vay mua nhà',
        'Viettel hướng dẫn từng bước nạp tiền qua ứng dụng',
        'Cô giáo hướng dẫn em cách làm bài',
        'Làm theo công thức này bánh sẽ ngon',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:bắt đầu|bat dau|thử|nạp thử|nap thu) (?:với |voi |từ |tu )?(?:số vốn|so von|vốn|von|số tiền|so tien) (?:nhỏ|nho|ít)(?!\p{L})|(?:nạp thử|nap thu|vào thử|vao thu|đầu tư thử|dau tu thu|chơi thử|choi thu) (?:trước |truoc |khoảng |tầm |tam |có |co )?\d{1,4}(?:[.,]\d{1,3})? ?(?:k|nghìn|nghin|ngàn|ngan|triệu|trieu|tr|usdt|đô|\$)(?!\p{L})[^\n]{0,60}(?:lãi|lời|loi nhuan|lợi nhuận|rút|rut|sàn|san|hướng dẫn|huong dan|đầu tư|dau tu|usdt|coin|nạp thêm|nap them)|(?:bắt đầu|bat dau) (?:nhỏ|nho|ít|it)(?!\p{L})[^\n]{0,40}(?:nạp|nap|vốn|von|đầu tư|dau tu|usdt|triệu|trieu)|(?:lần đầu|lan dau)[^\n]{0,15}(?:chỉ cần|chi can|cứ|cu) (?:nạp|nap|vào|vao) (?:thử |thu )?(?:\d|ít|it)/u,
    description: 'Suggests starting with a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'Anh cứ bắt đầu nhỏ thôi, nạp 5 triệu trước',
        'Chị nạp thử 500 USDT đi, rút được rồi tính tiếp',
        'Lần đầu chỉ cần nạp thử 300k là đủ',
        'Em cứ bắt đầu với số vốn nhỏ, 2 triệu thôi',
        'Nạp thử số tiền ít trước, rút được rồi hãy tính',
      ],
      miss: [
        'Tập gym thì cứ bắt đầu nhỏ thôi, mỗi ngày 10 phút',
        'Mình nạp thử 50k tiền điện thoại xem có khuyến mãi không',
        'Lần đầu đi Đà Lạt nhớ mang áo ấm',
        'Bắt đầu tập thể dục từ hôm nay',
        'Kinh doanh nhỏ cần vốn và kiên nhẫn',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern: new RegExp(
      String.raw`(?:thuế|thue|phí|ký quỹ|ky quy|tiền cọc|tien coc|bảo lãnh|bao lanh)[^\n]{0,40}(?:mới|thì mới|thi moi|trước khi|truoc khi) (?:được |duoc |có thể |co the )?(?:rút|rut)(?!\p{L})|(?:muốn|để) (?:rút|rut) (?:tiền|tien|lợi nhuận|loi nhuan|tiền lãi|tien lai|lãi|lai|vốn|von)(?!\p{L})[^\n]{0,50}(?:phải|phai|cần|can) (?:nộp|nop|đóng|dong|nạp|nap|chuyển|chuyen|thanh toán|thanh toan)|(?:không|khong|chưa|chua) (?:rút|rut) (?:được|duoc|ra được|ra duoc)[^\n]{0,80}(?:chia đôi|chia doi|một nửa|mot nua|nửa|góp|gop|mỗi người|moi nguoi)[^\n]{0,30}(?:thuế|phí|ký quỹ|ky quy|phi)(?!\p{L})|(?:chia đôi|chia doi|mỗi người (?:đóng|nộp|góp|trả) (?:một )?nửa|moi nguoi (?:dong|nop|gop|tra) (?:mot )?nua)[^\n]{0,20}(?:tiền |tien )?(?:thuế|phí|ký quỹ|ky quy)(?!\p{L})[^\n]{0,50}(?:rút|rut)(?!\p{L})|(?:nạp|nap|nộp|nop|ký quỹ|ky quy|đóng|dong|chuyển|chuyen)[^\n]{0,40}${VI_EQUAL_AMOUNT} (?:với )?(?:số dư|so du|số tiền|so tien|toàn bộ số|khoản)[^\n]{0,60}(?:rút|rut|mở khóa|mo khoa|giải ngân|giai ngan|xác minh|xac minh)(?!\p{L})|(?:rút|rut)(?!\p{L})[^\n]{0,50}(?:nạp|nap|ký quỹ|ky quy)[^\n]{0,30}${VI_EQUAL_AMOUNT} (?:với )?(?:số dư|so du|số tiền|so tien)`,
      'u',
    ),
    description: 'A tax, fee or deposit must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Anh yêu, em cũng không rút được, mình mỗi người đóng một nửa tiền thuế nhé',
        'Chia đôi tiền thuế đi anh, rồi mình cùng rút ra',
        'Để mở khóa lệnh rút cần nạp tiền ký quỹ bằng đúng số dư hiện tại',
        'Để rút tiền về tài khoản ngân hàng, quý khách cần đóng phí thuế thu nhập trước',
        'Anh phải nộp thuế 20% thì mới rút được tiền',
        'Muốn rút tiền thì phải nộp phí xác minh trước',
        'Để rút lợi nhuận chị cần nộp 15% thuế cho sàn',
      ],
      miss: [
        'Tiền thuế đất năm nay anh em mình chia đôi nhé',
        'Thẻ ATM không rút được tiền, mình chia đôi tiền taxi nhé',
        'Số dư tương đương 2 triệu, rút lúc nào cũng được',
        'Rút tiền ở ATM khác ngân hàng mất phí 3.300đ',
        'Nhớ đóng thuế trước ngày 30',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern: new RegExp(
      String.raw`(?:tài khoản|tai khoan)[^\n]{0,15}(?:đóng băng|dong bang|phong tỏa|phong toa|bị khóa|bi khoa)[^\n]{0,40}(?:nộp|nop|nạp|nap|chuyển|chuyen|đóng)(?!\p{L})|(?:điểm tín dụng|diem tin dung)[^\n]{0,15}(?:thấp|thap|không đủ|khong du)|(?:tài khoản|tai khoan|lệnh rút|lenh rut)[^\n]{0,40}(?:nghi ngờ|nghi ngo|nghi vấn|nghi van|dấu hiệu|dau hieu)[^\n]{0,20}(?:rửa tiền|rua tien|gian lận|gian lan)[^\n]{0,80}(?:nạp|nap|nộp (?:thêm|tiền|phí|thuế|\d)|nop (?:them|tien|phi|\d)|ký quỹ|ky quy|đóng (?:phí|tiền|thuế|\d)|dong (?:phi|tien|\d)|chuyển (?:thêm|tiền|khoản|\d)|chuyen (?:them|tien|khoan|\d))|(?:lệnh rút|lenh rut|rút tiền|rut tien)[^\n]{0,10}(?:bị |bi )?(?:treo|từ chối|tu choi|khóa|khoa|đóng băng|dong bang|tạm dừng|tam dung)[^\n]{0,60}(?:nạp|nap|nộp (?:thêm|tiền|phí|thuế|\d)|nop (?:them|tien|phi|\d)|ký quỹ|ky quy|đóng (?:phí|tiền|thuế|\d)|dong (?:phi|tien|\d)|chuyển (?:thêm|tiền|khoản|\d)|chuyen (?:them|tien|khoan|\d))|(?:mở khóa|mo khoa) (?:lệnh rút|lenh rut)[^\n]{0,40}(?:nạp|nap|nộp (?:thêm|tiền|phí|thuế|\d)|nop (?:them|tien|phi|\d)|ký quỹ|ky quy|đóng (?:phí|tiền|thuế|\d)|dong (?:phi|tien|\d)|chuyển (?:thêm|tiền|khoản|\d)|chuyen (?:them|tien|khoan|\d))|${VI_CREDIT_SCORE}[^\n]{0,80}(?:rút|rut)(?!\p{L})[^\n]{0,60}(?:nạp|nap|khôi phục|khoi phuc|bù|nộp)|${VI_CREDIT_SCORE}[^\n]{0,80}(?:nạp|nap)[^\n]{0,30}(?:khôi phục|khoi phuc|nâng|nang|tăng|tang|bù)[^\n]{0,10}(?:điểm|diem)`,
      'u',
    ),
    description: 'Account frozen or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Tài khoản của quý khách bị nghi ngờ rửa tiền, cần nạp khoản ký quỹ để xác minh',
        'Lệnh rút bị từ chối, anh cần nạp thêm 10 triệu để xử lý',
        'Điểm uy tín của bạn chỉ còn 60, chưa đủ để rút, hãy nạp tiền để khôi phục điểm',
        'Tài khoản của anh bị đóng băng, cần nạp thêm 10 triệu để mở',
        'Điểm tín dụng không đủ nên chưa rút được',
      ],
      miss: [
        'Ngân hàng tạm khóa tài khoản nghi ngờ rửa tiền, khách hàng mang CCCD đến quầy',
        'Tài khoản có dấu hiệu gian lận sẽ bị đóng, vui lòng nộp hồ sơ tại chi nhánh',
        'Anh tra điểm tín dụng CIC trên app rồi, rút tiền mặt ở ATM vẫn bình thường',
        'Tài khoản Facebook bị khóa vì quên mật khẩu',
        'Thẻ bị khóa do nhập sai mã PIN',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /(?:nạp|nap)(?: thêm| them)?[^\n]{0,30}(?:nâng cấp|nang cap|mở khóa|mo khoa|lên vip|len vip|lên cấp|len cap)|(?:nâng cấp|nang cap) (?:lên )?(?:gói )?vip|(?:nâng cấp|nang cap|nâng|lên|len)(?: lên| len)? (?:cấp |cap |hạng |hang |level |gói |goi )?vip ?\d{0,2}(?!\p{L})[^\n]{0,60}(?:rút|rut|thu hồi|thu hoi|tịch thu|tich thu)(?!\p{L})|(?:rút|rut)(?!\p{L})[^\n]{0,60}(?:nâng cấp|nang cap|nâng|lên|len)(?: lên| len)? (?:cấp |cap |hạng |hang |level )?vip/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock an account or tasks.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'Hãy lên cấp VIP 2 thì mới được rút tiền',
        'Muốn rút ngay thì phải nâng lên hạng VIP',
        'Nạp thêm 5 triệu để nâng cấp lên gói vàng',
        'Nâng cấp VIP thì hoa hồng cao hơn',
      ],
      miss: [
        'Chúc mừng quý khách được nâng hạng VIP, nhận quà tại quầy',
        'Lên VIP Zing MP3 để nghe nhạc không quảng cáo',
        'Nâng cấp điện thoại lên bản mới rồi',
        'Nạp tiền điện thoại giúp mẹ với',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_VI',
    family: 'task',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?<!(?:không|khong|đừng|dung) [^\n]{0,15})(?:(?:like|thả tim|tha tim|follow|đánh giá|danh gia|xem video|chốt đơn|chot don|làm nhiệm vụ|lam nhiem vu)[^\n]{0,50}(?:hoa hồng|hoa hong|nhận tiền|nhan tien|được trả|duoc tra|thù lao|thu lao|(?:mỗi|moi) (?:nhiệm vụ|nhiem vu|video|lượt|luot)[^\n]{0,6}(?:được|duoc|nhận|nhan) \d))|(?:kiếm|kiem|thu nhập|thu nhap)(?: được| duoc)?[^\n]{0,25}(?:mỗi ngày|moi ngay|\/ngày|\/ngay|một ngày|mot ngay)[^\n]{0,15}(?:chỉ|chi|bằng cách|bang cach|nhờ|nho)[^\n]{0,15}(?:like|thả tim|tha tim|follow|xem video|đánh giá|danh gia)|(?:mỗi|moi|1) (?:ảnh chụp màn hình|ảnh chụp|anh chup|lượt thả tim|lượt like|lượt follow|lượt theo dõi|luot like|luot follow|luot tha tim)[^\n]{0,10}(?:được trả|duoc tra|được|duoc|nhận|nhan|=) ?\d|(?:thả tim|tha tim|like|follow|theo dõi kênh|theo doi kenh|đăng ký kênh|dang ky kenh|subscribe)(?!\p{L})[^\n]{0,90}(?:được trả|duoc tra|thù lao|thu lao|hoa hồng|hoa hong)|(?:hoa hồng|hoa hong|tiền thưởng|tien thuong|thù lao|thu lao)[^\n]{0,40}(?:đã được cộng|da duoc cong|đã cộng|da cong|đã về|đã vào|đã được chuyển|da duoc chuyen)[^\n]{0,60}(?:nhóm|nhom|đơn|don|nhiệm vụ|nhiem vu|lượt|luot|set|phần|gói|goi|đợt nhiệm vụ) (?:tiếp theo|tiep theo|kế tiếp|ke tiep|tiếp|tiep)(?!\p{L})|(?:tuyển|tuyen) (?:cộng tác viên|cong tac vien|ctv|người|nguoi)[^\n]{0,30}(?:thả tim|tha tim|like|follow|theo dõi kênh|theo doi kenh)(?!\p{L})[^\n]{0,60}(?:trả|tra|nghìn|nghin|triệu|hoa hồng|tiền|tien)(?!\p{L})/u,
    description: 'Pay for likes, follows, reviews or "closing orders".',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Bên mình tuyển cộng tác viên thả tim và theo dõi kênh TikTok, mỗi ảnh chụp màn hình được trả 50 nghìn',
        'Hoa hồng nhiệm vụ đã được cộng vào tài khoản, mời bạn làm nhóm tiếp theo',
        'Mỗi lượt follow được 10k, gửi ảnh về là có tiền',
        'Công việc đơn giản: thả tim video TikTok, mỗi nhiệm vụ được 20 nghìn',
        'Em kiếm được 3 triệu mỗi ngày chỉ bằng cách like video, anh muốn tham gia không?',
        'Chỉ cần like video TikTok rồi chụp màn hình là nhận tiền ngay',
        'Làm nhiệm vụ chốt đơn, hoa hồng 15%',
      ],
      miss: [
        'Chụp màn hình hóa đơn gửi chị, chị chuyển khoản trả lại em nhé',
        'Hoa hồng tháng này đã được cộng vào lương, đợt sau vào tháng Tám',
        'Nhớ follow kênh của trường để cập nhật lịch thi nhé',
        'Hôm nay em kiếm được ít tiền thôi, mỗi ngày đi làm mệt lắm, tối nay xem video rồi ngủ.',
        'Công an khuyến cáo không làm nhiệm vụ like video để nhận tiền',
        'Nhớ like và follow trang của quán nhé',
        'Đánh giá sản phẩm này rất tốt',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_VI',
    family: 'task',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:làm|lam) (?:việc )?(?:tại nhà|tai nha|online|trên điện thoại|tren dien thoai)[^\n]{0,40}(?:mỗi ngày|moi ngay|\/ngày|\/ngay|một ngày|mot ngay)|(?:cộng tác viên|cong tac vien|ctv) online[^\n]{0,40}(?:hoa hồng|hoa hong|thu nhập|thu nhap)/u,
    description: 'Easy online or from-home work that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'Làm tại nhà bằng điện thoại, thu nhập 500k mỗi ngày',
        'Tuyển cộng tác viên online, thu nhập hấp dẫn',
      ],
      miss: [
        'Hôm nay anh làm tại nhà, mai lên công ty',
        'Cảnh báo lừa đảo tuyển cộng tác viên, đừng nạp tiền',
      ],
    },
  },
  {
    id: 'TASK_TOP_UP_VI',
    family: 'task',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /(?:nạp|nap|chuyển|chuyen|ứng|ung) (?:tiền |tien )?[^\n]{0,25}(?:để |de )?(?:làm|lam|hoàn thành|hoan thanh|nhận|nhan) (?:nhiệm vụ|nhiem vu)|(?:nhiệm vụ|nhiem vu)[^\n]{0,30}(?:phải|phai|cần) (?:nạp|nap|chuyển|chuyen|ứng)|(?:đơn (?:hàng )?(?:kết hợp|may mắn)|don (?:hang )?(?:ket hop|may man)|kẹt đơn|ket don|đơn (?:bị )?kẹt|don (?:bi )?ket)[^\n]{0,80}(?:nạp|nap|bù|chuyển|chuyen|ứng)(?!\p{L})|(?:số dư|so du)[^\n]{0,15}(?:âm|am)(?!\p{L})[^\n]{0,60}(?:nạp|nap|bù)(?!\p{L})[^\n]{0,40}(?:đơn|don|nhiệm vụ|nhiem vu|hoàn thành|hoan thanh)/u,
    description: 'Asks to top up or advance money to unlock or complete tasks.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Đây là đơn kết hợp nên bạn cần nạp thêm 3 triệu để hoàn thành',
        'Số dư đang âm, bạn nạp bù 2 triệu để hoàn thành đơn rồi rút cả gốc',
        'Nhiệm vụ tiếp theo phải nạp 3 triệu, xong hoàn cả gốc lẫn lãi',
        'Chuyển tiền để hoàn thành nhiệm vụ, hệ thống trả lại ngay',
      ],
      miss: [
        'Đơn hàng combo 3 áo của chị, chị chuyển khoản giúp em nhé',
        'Số dư thẻ đang âm do phí thường niên, vui lòng liên hệ tổng đài',
        'Nhiệm vụ của tổ là dọn dẹp lớp học',
        'Chuyển tiền học phí cho con rồi',
      ],
    },
  },
  {
    id: 'RECOVERY_SHILL_VI',
    family: 'recovery',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /(?<!\p{L})(?:chuyên gia|chuyen gia|dịch vụ|dich vu|đội|doi|hacker) (?:thu hồi|thu hoi|lấy lại tiền|lay lai tien)(?!\p{L})[^\n]{0,80}?(?<!\p{L})(?:lấy lại được|lay lai duoc|thu hồi được|thu hoi duoc|trả lại|tra lai)(?!\p{L})/u,
    description: 'Vietnamese: the recovery shill, "thanks to a recovery expert I got my money back".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Mất 200 triệu vì sàn ảo nhưng nhờ chuyên gia thu hồi tôi đã lấy lại được tiền, liên hệ anh ấy qua Zalo',
        'dich vu thu hoi da giup toi lay lai duoc tien',
      ],
      miss: ['chuyên gia y tế đã trả lời câu hỏi', 'tôi đã lấy lại được sức khỏe'],
    },
  },
  {
    id: 'RECOVERY_OFFER_VI',
    family: 'recovery',
    stage: 'related',
    languages: ['vi'],
    pattern:
      /(?:chúng tôi|chung toi|bên em|ben em|dịch vụ|dich vu|hacker|luật sư|luat su)[^\n]{0,30}(?:lấy lại|lay lai|thu hồi|thu hoi|hoàn lại|hoan lai)[^\n]{0,25}(?:tiền|tien|tài sản|tai san)[^\n]{0,40}(?:bị lừa|bi lua|lừa đảo|lua dao)/u,
    description: 'A "service" or "hacker" offers to recover money lost to a scam.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Bên em hỗ trợ lấy lại tiền bị lừa đảo qua sàn ảo, cam kết 100%',
        'Dịch vụ thu hồi tài sản bị lừa online nhanh chóng',
      ],
      miss: [
        'Công an đã trả lại tiền cho các nạn nhân bị lừa đảo',
        'Ngân hàng hoàn lại tiền phí thường niên',
      ],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_VI',
    family: 'impersonation',
    stage: 'related',
    languages: ['vi'],
    pattern:
      /(?:liên quan|lien quan)[^\n]{0,20}(?:đường dây|duong day|vụ án|vu an)[^\n]{0,30}(?:rửa tiền|rua tien|ma túy|ma tuy)|(?<!(?:không có|khong co) (?:cái gọi là |cai goi la )?)(?:tài khoản an toàn|tai khoan an toan)|(?:cập nhật|cap nhat|tích hợp|tich hop)[^\n]{0,20}(?:định danh điện tử|dinh danh dien tu|vneid)[^\n]{0,30}(?:https?:|link|đường dẫn|duong dan)/u,
    description: 'Police-style threat: linked to a money-laundering case, move money to a "safe account".',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'Chị có liên quan đến đường dây rửa tiền, phải chuyển tiền vào tài khoản an toàn',
        'Cập nhật định danh điện tử VNeID mức 2 tại link sau',
      ],
      miss: [
        'Công an bắt đường dây buôn lậu ở Lạng Sơn',
        'Cài VNeID trên điện thoại để làm thủ tục',
        'Cảnh giác với cuộc gọi giả danh công an; không có cái gọi là tài khoản an toàn.',
      ],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_VI',
    family: 'impersonation',
    stage: 'related',
    languages: ['vi'],
    pattern:
      /(?:số mới|so moi|zalo mới|zalo moi|nick mới|nick moi)[^\n]{0,60}(?:chuyển khoản|chuyen khoan|ck giúp|ck giup|cho mượn|cho muon|vay tạm|vay tam)/u,
    description: 'A relative or friend on a new number or account asks for a transfer.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Mẹ ơi đây là số mới của con, chuyển khoản giúp con 5 triệu',
        'Zalo mới của anh, cho mượn tạm 3 triệu mai trả',
      ],
      miss: ['Số mới của mình đây, lưu lại nhé', 'Nick mới của em, kết bạn lại nha'],
    },
  },
  {
    id: 'PRIZE_WINNER_VI',
    family: 'prize',
    stage: 'related',
    languages: ['vi'],
    pattern:
      /(?:chúc mừng|chuc mung)[^\n]{0,50}(?:trúng thưởng|trung thuong|may mắn được chọn|may man duoc chon)|(?:trúng thưởng|trung thuong)[^\n]{0,40}(?:phí|thuế|thue|nhận thưởng|nhan thuong|truy cập|truy cap)/u,
    description: 'A prize or lucky draw the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'Chúc mừng quý khách đã trúng thưởng xe SH, vui lòng truy cập link',
        'Bạn trúng thưởng 50 triệu, đóng phí 2 triệu để nhận thưởng',
      ],
      miss: ['Chúc mừng sinh nhật em gái', 'Vé số hôm qua không trúng, buồn ghê'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_VI',
    family: 'phishing',
    stage: 'related',
    languages: ['vi'],
    pattern: new RegExp(
      String.raw`(?:xác minh|xac minh|cập nhật|cap nhat|xác thực|xac thuc)[^\n]{0,30}(?:tài khoản|tai khoan|thông tin|thong tin)[^\n]{0,40}(?:đường link|duong link|truy cập|truy cap|bấm vào|bam vao|${PACK_LINK})|(?:bị khóa|bị khoá|bi khoa|tạm khóa|tạm khoá|tam khoa|bị tạm ngưng|bi tam ngung|bị đình chỉ|bi dinh chi|bị vô hiệu hóa|bi vo hieu hoa)[^\n]{0,60}(?:xác minh|xac minh|cập nhật|cap nhat|xác thực|xac thuc)[^\n]{0,40}(?:đường link|duong link|truy cập|truy cap|bấm vào|bam vao|${PACK_LINK})`,
      'u',
    ),
    description:
      'Asks to verify or update an account through a link, or says the account will be locked unless the user verifies it there.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Tài khoản của quý khách sẽ bị khóa, vui lòng xác minh thông tin tại https://vcb-xacthuc.example',
        'cap nhat thong tin tai khoan, bam vao duong link',
        'Thẻ của bạn đã bị tạm khóa do giao dịch bất thường, xác thực ngay tại mbbank-hotro.vip',
      ],
      miss: [
        'Ngân hàng không bao giờ gửi link yêu cầu cập nhật thông tin',
        'Xác minh tài khoản email công ty xong rồi',
      ],
    },
  },
  {
    id: 'LOAN_FEE_VI',
    family: 'loan',
    stage: 'related',
    languages: ['vi'],
    pattern:
      /(?:khoản vay|khoan vay|giải ngân|giai ngan|hồ sơ vay|ho so vay)[^\n]{0,60}(?:đóng|dong|nộp|nop|chuyển|chuyen) (?:phí|phi|tiền|tien)[^\n]{0,30}(?:trước|truoc)/u,
    description: 'A loan that needs a fee paid before it is released.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'Khoản vay đã duyệt, anh đóng phí bảo hiểm 1 triệu trước khi giải ngân',
        'Hồ sơ vay cần nộp tiền xác minh trước',
      ],
      miss: ['Ngân hàng giải ngân khoản vay mua nhà rồi', 'Khoản vay mua xe trả góp 3 năm'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /(?:đừng|không được|dung|khong duoc) (?:nói|kể|báo|noi|ke|bao) (?:với |cho |voi )?(?:nhân viên |nhan vien )?(?:ngân hàng|ngan hang)/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        'Nhân viên hỏi thì đừng nói với ngân hàng là chuyển tiền đầu tư',
        'khong duoc bao ngan hang ve khoan nay',
      ],
      miss: ['Ngân hàng không bao giờ hỏi mã OTP', 'Báo ngân hàng khóa thẻ ngay nhé'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /trong (?:vòng )?\d{1,2} (?:giờ|tiếng|gio|tieng)[^\n]{0,40}(?:nộp|nạp|chuyển|nop|nap|chuyen)[^\n]{0,40}(?:mất hết|bị khóa|bị phong tỏa|bị đóng băng|mat het|bi khoa)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'Trong vòng 24 giờ phải nộp phí, nếu không tài khoản sẽ bị khóa',
        'trong 2 tieng nap tien khong thi mat het',
      ],
      miss: ['Trong 24 giờ tiền sẽ về tài khoản', 'Trong 2 tiếng nữa anh về tới nhà'],
    },
  },
  {
    id: 'OPENER_STRANGER_VI',
    family: 'opener',
    stage: 'opener',
    languages: ['vi'],
    pattern:
      /(?:cho|có thể cho) (?:em|mình|anh|tôi) làm quen (?:được )?(?:không|ko|k)(?!\p{L})|cho (?:em|minh|anh) lam quen (?:duoc )?(?:khong|ko|k)(?!\p{L})/u,
    description: 'An unknown sender asks to get acquainted out of nowhere.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['Chào anh, cho em làm quen được không?', 'chao ban, cho minh lam quen duoc khong'],
      miss: [
        'Rất vui được làm quen với mọi người trong nhóm',
        'Em mới chuyển đến, đang làm quen với công việc',
      ],
    },
  },
  {
    id: 'PHISHING_DELIVERY_VI',
    family: 'phishing',
    stage: 'related',
    languages: ['vi'],
    pattern: new RegExp(
      String.raw`(?:đơn hàng|don hang|bưu kiện|buu kien|bưu phẩm|buu pham|kiện hàng|kien hang)[^\n]{0,40}(?:không thể giao|khong the giao|giao không thành công|giao khong thanh cong|sai địa chỉ|sai dia chi|thiếu địa chỉ|thieu dia chi|bị giữ|bi giu|bị tạm giữ|bi tam giu)[^\n]{0,80}(?:bấm vào|bam vao|đường link|duong link|\blink\b|nộp phí|nop phi|thanh toán phí|thanh toan phi|${PACK_LINK})`,
      'u',
    ),
    description:
      'A parcel is held or cannot be delivered (wrong address, customs) and the user must pay a fee or update details through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'Bưu kiện của bạn giao không thành công do sai địa chỉ, vui lòng cập nhật tại vnpost-giaohang.info',
        'Kiện hàng bị giữ tại hải quan, nộp phí 35.000đ qua đường link để nhận hàng',
      ],
      miss: [
        'Đơn hàng của bạn đã được giao thành công',
        'Shipper gọi mà em không nghe máy, mai giao lại nha',
        'Bưu kiện bị giữ ở hải quan, em ra bưu điện cập nhật giấy tờ rồi',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern:
      /(?:vay|mượn)(?!\p{L})[^\n]{0,40}(?:tạm|tam|một ít|mot it|vài hôm|vai hom|vài ngày|vai ngay|mấy hôm|may hom)(?!\p{L})[^\n]{0,100}(?:tương lai|tuong lai|hai đứa|hai dua|chúng ta|chung ta|tụi mình|tui minh|hai ta|đôi ta|doi ta)/u,
    description:
      'Vietnamese: the partner asks the user to borrow from a bank or an app "just for a few days", for "our future".',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'Em cứ vay ngân hàng tạm một ít đi, vài hôm là trả được, tất cả vì tương lai của hai đứa mình',
        'Anh vay tạm app vài ngày thôi, vì chúng ta mà',
      ],
      miss: [
        'Anh vay ngân hàng mua nhà, vì tương lai của hai đứa mình',
        'Em mượn tạm chị 200 nghìn, mai trả nha',
      ],
    },
  },
  {
    id: 'PAYMENT_FREEZE_THREAT_VI',
    family: 'payment',
    stage: 'payment',
    languages: ['vi'],
    pattern: new RegExp(
      String.raw`${VI_PAY_VERB}[^\n]{0,40}trong (?:vòng |vong )?\d{1,2} ?(?:giờ|gio|tiếng|tieng|h)(?!\p{L})[^\n]{0,60}${VI_FUNDS}[^\n]{0,25}${VI_SEIZED}|trong (?:vòng |vong )?\d{1,2} ?(?:giờ|gio|tiếng|tieng|h)(?!\p{L})[^\n]{0,40}${VI_PAY_VERB}[^\n]{0,60}${VI_FUNDS}[^\n]{0,25}${VI_SEIZED}`,
      'u',
    ),
    description: 'Vietnamese: pay or upgrade within hours, or the whole balance is confiscated.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Nếu không hoàn tất thanh toán trong vòng 24 giờ, toàn bộ số tiền sẽ bị tịch thu',
        'Trong 12 tiếng phải nạp đủ, nếu không tài khoản bị thu hồi',
      ],
      miss: [
        'Nếu không thanh toán trong 48 giờ, đơn hàng sẽ bị hủy',
        'Trong 24 giờ, công an thu hồi 200 xe vi phạm',
      ],
    },
  },
  {
    id: 'INVEST_PRIVATE_APP_VI',
    family: 'investment',
    stage: 'pitch',
    languages: ['vi'],
    pattern:
      /(?:không có|khong co|chưa có|chua co|đừng tải|dung tai|không tải|khong tai|không cần tải|khong can tai) (?:trên |tren |ở |o |từ |tu )?(?:app ?store|ch ?play|google play|apple store)[^\n]{0,80}(?:tải qua link|tai qua link|cài qua link|cai qua link|link này|link nay|link sau|bấm vào|bam vao|nhà đầu tư|nha dau tu|tổ chức|to chuc|nội bộ|noi bo|dành riêng|danh rieng|mã mời|ma moi|https?:)|(?:nhà đầu tư tổ chức|nha dau tu to chuc|tài khoản tổ chức|tai khoan to chuc)[^\n]{0,60}(?:mã mời|ma moi|đường link|duong link|link|https?:|tải app|tải ứng dụng|tai app|cài app|cài ứng dụng|bấm vào|bam vao)|(?:mở sẵn|mo san|mở giúp|mo giup|mở cho|mo cho)[^\n]{0,25}(?:tài khoản|tai khoan) (?:tổ chức|to chuc|nội bộ|noi bo|đặc biệt|dac biet)|(?:sàn|san giao dich|nền tảng|nen tang|app|ứng dụng|ung dung)[^\n]{0,60}(?:chỉ|chi) (?:có )?(?:người|nguoi|thành viên|thanh vien|nhà đầu tư|nha dau tu) (?:được mời|duoc moi|có mã mời|co ma moi)/u,
    description:
      'Vietnamese: a trading app "not on the App Store", an "institutional account" opened for the user, invitation only.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Ứng dụng này không có trên CH Play vì chỉ dành cho nhà đầu tư tổ chức, anh tải qua link này nhé',
        'Em đã mở sẵn cho chị một tài khoản tổ chức, nhập mã mời 66120 nhé',
        'Sàn này chỉ người được mời mới đăng ký được',
      ],
      miss: [
        'Game này không có trên App Store Việt Nam, phải đổi vùng',
        'Chỉ tải ứng dụng ngân hàng trên App Store hoặc CH Play, không tải qua link lạ',
        'Tiệc cưới chỉ người được mời mới vào được',
      ],
    },
  },
];
