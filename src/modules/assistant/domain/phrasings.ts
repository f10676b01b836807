/**
 * The assistant's own citizen phrasings, beside those stored in the catalog (`synonyms` of curated
 * procedures; national entries have none): how people ask for a procedure in everyday words. They are
 * indexed like catalog phrasings (field `syn`) and count as descriptions for the specificity factor.
 * Keyed by answer code (national code, or curated id). Written from common questions at ward centers;
 * never copied from the held-out evaluation set. Administrators add more per ward from the review list.
 */
export const ASSISTANT_PHRASINGS: Readonly<Record<string, readonly string[]>> = {
  // Hộ tịch
  '1.001193': ['làm giấy khai sinh cho em bé mới sinh', 'đăng ký khai sinh cho con', 'khai sinh cho trẻ sơ sinh'],
  '1.000689': ['con ngoài giá thú làm giấy khai sinh có tên bố', 'chưa đăng ký kết hôn sinh con làm khai sinh'],
  '1.004884': ['làm lại giấy khai sinh vì sổ hộ tịch không còn lưu', 'đăng ký lại khai sinh vì mất bản chính'],
  '1.004772': ['người lớn tuổi chưa bao giờ đăng ký khai sinh', 'làm giấy khai sinh cho người đã có căn cước'],
  '2.000528': ['khai sinh cho con có bố hoặc mẹ là người nước ngoài', 'khai sinh cho con sinh ở nước ngoài'],
  '1.000894': ['đi đăng ký kết hôn', 'làm giấy hôn thú', 'đăng ký kết hôn lần đầu'],
  '1.004746': ['làm lại giấy đăng ký kết hôn vì sổ hộ tịch không còn', 'đăng ký lại việc kết hôn'],
  '2.000806': ['kết hôn với người nước ngoài', 'cưới vợ nước ngoài', 'lấy chồng nước ngoài đăng ký kết hôn'],
  '1.004873': ['xác nhận độc thân', 'giấy xác nhận chưa kết hôn', 'xác nhận tình trạng hôn nhân để mua bán nhà đất'],
  '1.000656': ['làm giấy chứng tử cho người mới mất', 'khai tử cho người thân qua đời', 'báo tử'],
  '1.005461': ['làm lại giấy chứng tử bị mất', 'đăng ký lại việc khai tử'],
  '1.004859': ['sửa sai thông tin trong giấy khai sinh', 'đổi tên cho con', 'cải chính hộ tịch', 'đổi họ'],
  '1.001022': ['nhận con ngoài giá thú', 'bố nhận con khi con đã có giấy khai sinh', 'nhận cha cho con'],
  '1.004837': ['làm giám hộ cho trẻ mồ côi', 'người giám hộ cho người mất năng lực'],
  '2.000635': ['xin trích lục khai sinh', 'xin bản sao giấy kết hôn', 'trích lục bản sao giấy khai sinh'],
  '2.002516': ['xác nhận thông tin hộ tịch khi giấy tờ ghi khác nhau'],
  // Chứng thực
  '2.000815': ['photo công chứng giấy tờ', 'công chứng bản sao', 'sao y bản chính', 'chứng thực bản sao căn cước'],
  '2.000884': ['công chứng chữ ký', 'chứng thực chữ ký giấy ủy quyền', 'xác nhận chữ ký'],
  '2.001035': ['công chứng hợp đồng mua bán nhà đất', 'chứng thực hợp đồng tặng cho', 'chứng thực hợp đồng mua bán xe'],
  '2.001019': ['viết di chúc', 'lập di chúc để lại tài sản', 'công chứng di chúc'],
  '2.001016': ['từ chối nhận di sản thừa kế', 'không nhận phần thừa kế'],
  '2.001406': ['khai nhận thừa kế', 'chia tài sản thừa kế bố mẹ để lại', 'phân chia di sản thừa kế'],
  '2.001008': ['công chứng bản dịch', 'chứng thực bản dịch tiếng anh', 'dịch thuật công chứng'],
  // Đất đai, xây dựng
  '1.115520': ['làm sổ đỏ lần đầu', 'cấp sổ hồng lần đầu', 'đất chưa có sổ muốn làm sổ'],
  '1.115621': ['mất sổ đỏ', 'làm lại sổ hồng bị mất', 'cấp lại giấy chứng nhận quyền sử dụng đất bị mất'],
  '1.115320': ['sổ đỏ ghi sai thông tin', 'đính chính sổ hồng'],
  '1.115324': ['chuyển đất vườn lên đất ở', 'lên thổ cư', 'chuyển mục đích sử dụng đất'],
  '1.115453': ['hàng xóm lấn đất', 'tranh chấp đất với hàng xóm', 'hòa giải tranh chấp đất'],
  '1.013225': ['xin giấy phép xây nhà', 'xin phép xây dựng nhà ở'],
  '1.013229': ['xin phép sửa nhà', 'xin phép cải tạo nhà', 'nâng tầng nhà'],
  '1.013227': ['gia hạn giấy phép xây dựng sắp hết hạn'],
  '1.013228': ['cấp lại giấy phép xây dựng bị mất'],
  // Hộ kinh doanh
  '1.001612': [
    'đăng ký hộ kinh doanh',
    'làm giấy phép kinh doanh hộ cá thể',
    'mở quán cần đăng ký kinh doanh',
    'đăng ký kinh doanh hộ gia đình',
  ],
  '2.000720': ['đổi địa chỉ kinh doanh', 'đổi ngành nghề kinh doanh hộ cá thể'],
  '1.001570': ['tạm ngừng kinh doanh', 'tạm nghỉ kinh doanh'],
  '1.001266': ['đóng cửa hộ kinh doanh', 'không kinh doanh nữa', 'chấm dứt kinh doanh'],
  '2.000575': ['mất giấy đăng ký hộ kinh doanh', 'cấp lại giấy phép kinh doanh hộ'],
  // Xã hội, người có công
  '1.001776': ['trợ cấp xã hội cho người khuyết tật', 'trợ cấp cho người già neo đơn'],
  '1.001699': ['làm giấy xác nhận khuyết tật', 'xác định mức độ khuyết tật'],
  '1.011607': ['đăng ký hộ nghèo', 'xét hộ cận nghèo'],
  '1.013750': ['đi thăm mộ liệt sĩ'],
  // Khiếu nại, tố cáo
  '62-giai-quyet-to-cao-tai-cap-xa': ['tố cáo', 'làm đơn tố cáo người vi phạm'],
  // Cư trú
  '1.004222': ['nhập hộ khẩu', 'chuyển hộ khẩu về nhà mới', 'đăng ký thường trú cho vợ con'],
  '1.004194': ['đăng ký tạm trú cho người ở trọ', 'làm tạm trú'],
  '1.003677': ['khai báo tạm vắng khi đi làm xa'],
  '1.010041': ['xin giấy xác nhận cư trú', 'làm CT07'],
  '1.010038': ['tách hộ khẩu', 'tách khẩu ra ở riêng'],
  // National entries people ask about at the ward (answered with where to go).
  '1.014061': ['làm căn cước lần đầu', 'làm CCCD', 'làm thẻ căn cước'],
  '1.014063': ['đổi căn cước', 'đổi CCCD hết hạn', 'làm lại căn cước vì đổi thông tin'],
  '1.014064': ['mất căn cước', 'mất CCCD', 'làm lại căn cước bị mất'],
  '1.001456': ['làm hộ chiếu', 'làm passport', 'xin cấp hộ chiếu'],
  '1.010386': ['mất hộ chiếu', 'báo mất hộ chiếu'],
  '3.000333': ['xin lý lịch tư pháp', 'làm phiếu lý lịch tư pháp số 1'],
  '3.000347': ['đổi bằng lái xe', 'đổi giấy phép lái xe'],
  '3.000348': ['mất bằng lái xe', 'cấp lại bằng lái'],
  '3.000228': ['kích hoạt VNeID mức 2', 'làm định danh điện tử mức 2'],
  '1.014199': ['xin giấy phép lao động cho người nước ngoài', 'work permit'],
};
