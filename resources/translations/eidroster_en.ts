<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../eidroster/ui/about.py" line="83"/>
        <source>Giới thiệu eidroster</source>
        <translation>About eidroster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="90"/>
        <source>Theo dõi định danh điện tử mức 2 (VNeID) của cán bộ, viên chức trong đơn vị và lập các báo cáo của đợt triển khai: Phụ lục III (gửi qua iDesk), Phụ lục IV (dữ liệu cá nhân, chỉ gửi qua thư điện tử) và báo cáo tóm tắt cho Thủ trưởng.</source>
        <translation>Tracks the level-2 electronic identification (VNeID) of the unit&apos;s staff and produces the campaign reports: Appendix III (sent through iDesk), Appendix IV (personal data, sent only by e-mail) and the summary for the head of the unit.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="94"/>
        <source>Phiên bản {v} · Qt {qt} · PySide6 {ps} · Python {py}</source>
        <translation>Version {v} · Qt {qt} · PySide6 {ps} · Python {py}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="101"/>
        <source>eidroster là phần mềm tự do theo Giấy phép Công cộng GNU phiên bản 3 hoặc mới hơn (GPL-3.0-or-later), cung cấp nguyên trạng, không kèm bảo hành. Giao diện dùng Qt 6 và PySide6 theo giấy phép LGPL-3.0; phông chữ Liberation Serif của báo cáo theo giấy phép SIL Open Font License 1.1 (OFL).</source>
        <translation>eidroster is free software under the GNU General Public License version 3 or later (GPL-3.0-or-later), provided as is, without warranty. The interface uses Qt 6 and PySide6 under the LGPL-3.0; the Liberation Serif font of the reports is under the SIL Open Font License 1.1 (OFL).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="122"/>
        <source>Giấy phép của chương trình (GPL-3.0)</source>
        <translation>Program licence (GPL-3.0)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="123"/>
        <source>Qt / PySide6 (LGPL-3.0)</source>
        <translation>Qt / PySide6 (LGPL-3.0)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="124"/>
        <source>Phông chữ (OFL-1.1)</source>
        <translation>Fonts (OFL-1.1)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="125"/>
        <source>Thư viện khác</source>
        <translation>Other libraries</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="132"/>
        <source>Không tìm thấy tệp giấy phép trong bản cài đặt này.</source>
        <translation>The licence file is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="139"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="155"/>
        <source>Dữ liệu trên máy chủ PostgreSQL; thư mục của chương trình: {folder}</source>
        <translation>Data on a PostgreSQL server; the program&apos;s folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/about.py" line="157"/>
        <source>Tệp dữ liệu: {db}
Bản sao lưu: {backups}</source>
        <translation>Data file: {db}
Backups: {backups}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="54"/>
        <source>&amp;Nhập danh sách từ Excel…</source>
        <translation>&amp;Import list from Excel…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="55"/>
        <source>Nhập hoặc cập nhật danh sách từ tệp Excel</source>
        <translation>Import or update the list from an Excel file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="56"/>
        <source>&amp;Tải lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="57"/>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="58"/>
        <source>Sao lưu vào thư mục backups cạnh tệp dữ liệu</source>
        <translation>Back up into the backups folder beside the data file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="59"/>
        <source>Sao &amp;lưu ra nơi khác…</source>
        <translation>Back &amp;up to another place…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="60"/>
        <source>Chép một bản sao lưu ra nơi bạn chọn, ví dụ ổ USB</source>
        <translation>Copy a backup to a place you choose, e.g. a USB stick</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="61"/>
        <source>Mở tệp &amp;dữ liệu khác…</source>
        <translation>Open another &amp;data file…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="62"/>
        <source>Mở thư mục dữ liệ&amp;u</source>
        <translation>Open the data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="63"/>
        <source>Thư mục chứa tệp dữ liệu và các bản sao lưu</source>
        <translation>The folder holding the data file and its backups</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="64"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="65"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>Re&amp;store from a backup…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="66"/>
        <source>Nhật ký thao tá&amp;c…</source>
        <translation>&amp;Activity log…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="67"/>
        <source>Kết nối &amp;máy chủ PostgreSQL…</source>
        <translation>Connect to a PostgreSQL &amp;server…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="68"/>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="75"/>
        <source>&amp;Thêm nhân viên…</source>
        <translation>&amp;Add employee…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="76"/>
        <source>&amp;Sửa thông tin…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="77"/>
        <source>&amp;Cập nhật tình trạng…</source>
        <translation>Update &amp;status…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="78"/>
        <source>Một tình trạng, lý do và ngày hiệu lực cho mọi dòng đã chọn</source>
        <translation>One status, reason and effective date for every selected row</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="79"/>
        <source>Đánh dấu &amp;nghỉ việc…</source>
        <translation>Mark as &amp;left…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="85"/>
        <source>&amp;Xóa nhân viên…</source>
        <translation>&amp;Delete employee…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="93"/>
        <source>Danh mục lý d&amp;o…</source>
        <translation>Rea&amp;son catalogue…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="101"/>
        <source>Tì&amp;m</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="109"/>
        <source>Xuất Phụ lục &amp;III (tổng hợp)…</source>
        <translation>Export Appendix &amp;III (aggregate)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="111"/>
        <source>Xuất Phụ lục I&amp;V (dữ liệu cá nhân)…</source>
        <translation>Export Appendix I&amp;V (personal data)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="115"/>
        <source>&amp;Công văn báo cáo kèm Phụ lục III…</source>
        <translation>&amp;Covering letter for Appendix III…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="108"/>
        <source>&amp;Thông tin đơn vị cho báo cáo…</source>
        <translation>&amp;Unit details for the reports…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="80"/>
        <source>Những người đã chọn nghỉ việc từ một ngày</source>
        <translation>The selected people leave from a date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="81"/>
        <source>Ghi trở lại làm &amp;việc…</source>
        <translation>Record a &amp;return to work…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="82"/>
        <source>Những người đã nghỉ trở lại làm việc từ một ngày</source>
        <translation>People who had left work again from a date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="83"/>
        <source>Chuyển khoa/phòn&amp;g…</source>
        <translation>Move to another departmen&amp;t…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="84"/>
        <source>Chuyển những người đã chọn sang khoa/phòng khác từ một ngày</source>
        <translation>Move the selected people to another department from a date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="86"/>
        <source>Hiện số định danh đầ&amp;y đủ</source>
        <translation>Show full identification n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="87"/>
        <source>Hiện số định danh cá nhân của các dòng đã chọn (được ghi vào nhật ký)</source>
        <translation>Show the personal identification number of the selected rows (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="88"/>
        <source>Ẩn lại số định &amp;danh</source>
        <translation>Hide identification &amp;numbers again</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="90"/>
        <source>Dữ liệu của người nà&amp;y…</source>
        <translation>Data held on this perso&amp;n…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="91"/>
        <source>Mọi dữ liệu đơn vị đang lưu về người đang chọn, để xem, in hoặc trao cho chính người đó (Luật Bảo vệ dữ liệu cá nhân); được ghi vào nhật ký</source>
        <translation>Everything the unit holds on the selected person, to view, print or hand to that person (Personal Data Protection Law); recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="94"/>
        <source>Danh mục &amp;khoa/phòng…</source>
        <translation>&amp;Departments…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="95"/>
        <source>Đổi tên, gộp, sắp thứ tự khoa/phòng (thứ tự của Phụ lục III)</source>
        <translation>Rename, merge and order the departments (the order of Appendix III)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="113"/>
        <source>Báo cáo nhanh cho lãnh đạo (&amp;PDF)…</source>
        <translation>Quick report for the head (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="114"/>
        <source>Tạo &amp;hồ sơ gửi iDesk…</source>
        <translation>Make the iDesk &amp;submission…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="116"/>
        <source>Sổ báo cáo đã &amp;gửi…</source>
        <translation>Register of reports &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="117"/>
        <source>Các lần xuất Phụ lục III: ngày số liệu, lúc xuất, tệp, SHA-256, số liệu còn khớp hôm nay không</source>
        <translation>Every Phụ lục III exported: as-of date, when, file, SHA-256, whether the numbers still match today</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="119"/>
        <source>&amp;Xem trước và in báo cáo nhanh…</source>
        <translation>&amp;Preview and print the quick report…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="121"/>
        <source>&amp;Gộp báo cáo các đơn vị (Phụ lục I)…</source>
        <translation>&amp;Merge units&apos; reports (Appendix I)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="122"/>
        <source>Thông báo về việc &amp;xử lý dữ liệu cá nhân…</source>
        <translation>Personal data &amp;processing notice…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="123"/>
        <source>Thông báo cho cán bộ, viên chức: mục đích, loại dữ liệu, thời hạn lưu trữ, người được xem (lập từ thiết lập)</source>
        <translation>Notice for the staff: purpose, kinds of data, retention period, who may see it (made from the settings)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="130"/>
        <source>&amp;Danh sách nhân viên</source>
        <translation>&amp;Staff list</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="131"/>
        <source>Về danh sách nhân viên, con trỏ trong bảng</source>
        <translation>Go to the staff list, cursor in the table</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="132"/>
        <source>&amp;Tổng quan</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="134"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt (Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="135"/>
        <source>English (tiếng Anh)</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="141"/>
        <source>&amp;Giới thiệu eidroster…</source>
        <translation>&amp;About eidroster…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="145"/>
        <source>Xuất danh sách đang hiện ra &amp;Excel…</source>
        <translation>Export the list shown to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="146"/>
        <source>Các dòng đang hiện (theo bộ lọc) ra tệp .xlsx</source>
        <translation>The rows shown (after the filters) to an .xlsx file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="147"/>
        <source>&amp;In danh sách đang hiện…</source>
        <translation>&amp;Print the list shown…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="148"/>
        <source>Xem trước và in các dòng đang hiện</source>
        <translation>Preview and print the rows shown</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="149"/>
        <source>Ché&amp;p các dòng đã chọn</source>
        <translation>Co&amp;py the selected rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="151"/>
        <source>Chép các dòng đã chọn, dán được vào Excel</source>
        <translation>Copy the selected rows, ready to paste into Excel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="155"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="166"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="170"/>
        <location filename="../../eidroster/ui/actions.py" line="204"/>
        <source>Đổi nhanh tình trạng</source>
        <translation>Quick status change</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="178"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="189"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="192"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="195"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="214"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="219"/>
        <source>Nhập Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="220"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="221"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="222"/>
        <source>Cập nhật tình trạng</source>
        <translation>Update status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="223"/>
        <source>Nghỉ việc</source>
        <translation>Mark leaver</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="224"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="225"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="226"/>
        <source>Phụ lục III</source>
        <translation>Appendix III</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="227"/>
        <source>Phụ lục IV</source>
        <translation>Appendix IV</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="228"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/actions.py" line="229"/>
        <source>Sao lưu</source>
        <translation>Back up</translation>
    </message>
</context>
<context>
    <name>AgencyMergeDialog</name>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="50"/>
        <source>Tổng hợp Phụ lục I từ Phụ lục III của các đơn vị</source>
        <translation>Merge the units&apos; Appendix III into Appendix I</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="111"/>
        <source>Tệp Phụ lục I sẽ ghi (.xlsx)</source>
        <translation>Appendix I file to write (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="92"/>
        <source>(bỏ chọn: lấy ngày ghi trong các tệp)</source>
        <translation>(unticked: use the date written in the files)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="124"/>
        <source>Tệp kết quả</source>
        <translation>Result file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="121"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="169"/>
        <source>Bảng tính</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="174"/>
        <source>Lưu Phụ lục I</source>
        <translation>Save Appendix I</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="309"/>
        <source>Tệp kết quả phải có đuôi .xlsx</source>
        <translation>The result file must end in .xlsx</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="230"/>
        <source>Đang đọc và kiểm tra {n} tệp…</source>
        <translation>Reading and checking {n} files…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="62"/>
        <source>Các tệp của các đơn vị</source>
        <translation>The units&apos; files</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="64"/>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="66"/>
        <source>&amp;Bỏ tệp đã chọn</source>
        <translation>&amp;Remove selected files</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="76"/>
        <source>Tính đến &amp;ngày</source>
        <translation>As of &amp;date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="79"/>
        <source>Ngày tổng hợp</source>
        <translation>Merge date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="84"/>
        <source>&amp;Kiểm tra các tệp</source>
        <translation>&amp;Check the files</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="97"/>
        <source>Thêm các tệp rồi bấm «Kiểm tra các tệp»: chưa có gì được ghi cho đến khi bạn xác nhận.</source>
        <translation>Add the files, then press “Check the files”: nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="110"/>
        <source>Tệp Phụ lục I sẽ ghi</source>
        <translation>Appendix I file to write</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="112"/>
        <source>C&amp;họn…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="114"/>
        <source>Ghi thêm bản &amp;PDF cùng tên</source>
        <translation>Also write a &amp;PDF with the same name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="116"/>
        <source>Ghi thêm bản &amp;Word (.docx) để sửa trước khi ký</source>
        <translation>Also a W&amp;ord copy (.docx) to edit before signing</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="117"/>
        <source>Để trống &amp;số và ngày văn bản (văn thư ghi tay)</source>
        <translation>Leave the number and the date &amp;blank (written by hand at registration)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="118"/>
        <source>&amp;Ghi Phụ lục I…</source>
        <translation>&amp;Write Appendix I…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="137"/>
        <source>Phụ lục III của các đơn vị (tệp của eidroster hoặc tự lập), hoặc bảng kiểu Phụ lục I</source>
        <translation>The units&apos; Appendix III (made by eidroster or by hand), or Appendix I-style tables</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="168"/>
        <source>Chọn các tệp của các đơn vị</source>
        <translation>Choose the units&apos; files</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="190"/>
        <source>Danh sách tệp đã thay đổi: hãy kiểm tra lại.</source>
        <translation>The list of files changed: check them again.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="210"/>
        <source>Hãy thêm ít nhất một tệp của đơn vị</source>
        <translation>Add at least one unit&apos;s file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="241"/>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="249"/>
        <source>Tính đến ngày {date}: {merged} đơn vị được tổng hợp, {total} nhân viên; chưa định danh {none}, mức 1 {l1}, mức 2 {l2} ({rate}); chưa mức 2 có lý do {with_r}, không có lý do {without_r}.</source>
        <translation>As of {date}: {merged} units merged, {total} staff; not identified {none}, level 1 {l1}, level 2 {l2} ({rate}); not at level 2 with a justified reason {with_r}, without {without_r}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="257"/>
        <source>{n} đơn vị KHÔNG được tổng hợp (xem lý do trong bảng).</source>
        <translation>{n} units were NOT merged (see the reasons in the table).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="260"/>
        <source>{n} chỗ không khớp (bảng dưới).</source>
        <translation>{n} problems (table below).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="263"/>
        <source>Chưa ghi gì: bấm «Ghi Phụ lục I…» khi đã xem xong.</source>
        <translation>Nothing written yet: press “Write Appendix I…” when you have reviewed them.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="265"/>
        <source>Không có đơn vị nào đọc được: không thể ghi Phụ lục I.</source>
        <translation>No unit could be read: Appendix I cannot be written.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="299"/>
        <source>Chưa có thông tin của cơ quan tổng hợp để in trên Phụ lục I: {missing}. Hãy điền trong Báo cáo → Thông tin đơn vị cho báo cáo, rồi ghi lại.</source>
        <translation>The merging agency&apos;s details for Appendix I are not set: {missing}. Fill them in under Reports → Unit details for the reports, then write again.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="317"/>
        <source>Tệp kết quả {name} là một trong các tệp đầu vào; hãy chọn tên khác</source>
        <translation>The output file {name} is one of the input files; choose another name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="325"/>
        <source>Ghi Phụ lục I tính đến ngày {date} với {n} đơn vị ({total} nhân viên) vào {file}?</source>
        <translation>Write Appendix I as of {date} with {n} units ({total} staff) to {file}?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="332"/>
        <source>{n} đơn vị KHÔNG có trong Phụ lục I: {names}</source>
        <translation>{n} units are NOT in Appendix I: {names}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="334"/>
        <source>Bản kiểm tra (không gửi kèm) ghi riêng vào {file}.</source>
        <translation>The check sheet (not to be sent) is written separately to {file}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="337"/>
        <source>Tệp cùng tên đã có sẽ được thay.</source>
        <translation>Existing files with the same name will be replaced.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="338"/>
        <source>Ghi Phụ lục I</source>
        <translation>Write Appendix I</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="340"/>
        <source>&amp;Ghi</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="341"/>
        <source>&amp;Chưa ghi</source>
        <translation>&amp;Not yet</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_dialog.py" line="377"/>
        <source>Đã ghi: {files}</source>
        <translation>Written: {files}</translation>
    </message>
</context>
<context>
    <name>AgencyReview</name>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="20"/>
        <source>đã tổng hợp</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="21"/>
        <source>có vấn đề</source>
        <translation>merged, with problems</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="22"/>
        <source>không tổng hợp</source>
        <translation>not merged</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="23"/>
        <source>không dùng (trùng đơn vị)</source>
        <translation>not used (same unit)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="66"/>
        <location filename="../../eidroster/ui/agency_review.py" line="79"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="67"/>
        <location filename="../../eidroster/ui/agency_review.py" line="80"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="68"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="69"/>
        <source>Chưa định danh</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="70"/>
        <source>Mức 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="71"/>
        <source>Mức 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="72"/>
        <source>Có lý do</source>
        <translation>With reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="73"/>
        <source>Không có lý do</source>
        <translation>Without reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="74"/>
        <source>Tỉ lệ mức 2</source>
        <translation>Level-2 rate</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="75"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="76"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="81"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="82"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="83"/>
        <source>Vấn đề</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="86"/>
        <source>Các đơn vị và tình trạng tổng hợp</source>
        <translation>The units and their merge status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/agency_review.py" line="89"/>
        <source>Các chỗ không khớp</source>
        <translation>The problems</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../eidroster/ui/app.py" line="64"/>
        <source>Chưa chạy được quy định lưu trữ dữ liệu: {problem}</source>
        <translation>The data retention rule could not run: {problem}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/app.py" line="69"/>
        <source>{n} ngày</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/app.py" line="71"/>
        <source>{n} tháng</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/app.py" line="72"/>
        <source>Đã xóa dữ liệu cá nhân của {n} người nghỉ việc quá thời hạn lưu trữ ({period}); số liệu báo cáo cũ giữ nguyên. Xem Nhật ký thao tác.</source>
        <translation>Personal data of {n} people who left longer ago than the retention period ({period}) was deleted; past reports keep their numbers. See the audit log.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="74"/>
        <source>Họ</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="75"/>
        <source>Tên đệm</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="76"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="77"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="78"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="79"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="80"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="81"/>
        <source>Ngày vào làm</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="82"/>
        <source>Ngày nghỉ việc</source>
        <translation>Leave date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="83"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="84"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="85"/>
        <source>Ngày hiệu lực</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="86"/>
        <source>Chính đáng</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="87"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="88"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="89"/>
        <source>Số nhân viên</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="90"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="91"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="92"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="93"/>
        <source>Từ tệp</source>
        <translation>From file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="94"/>
        <source>Bản cũ giữ tại</source>
        <translation>Previous copy kept at</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="95"/>
        <source>Nội dung</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="96"/>
        <source>Lô</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="97"/>
        <source>Số lần cập nhật</source>
        <translation>Status updates</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="98"/>
        <source>Đã xóa</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="99"/>
        <source>Số ngày giữ</source>
        <translation>Days kept</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="100"/>
        <source>Mốc</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="101"/>
        <source>Hạt giống</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="102"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="103"/>
        <source>Phiên bản</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="104"/>
        <source>Ngừng dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="105"/>
        <source>Bản sao lưu đã chuyển</source>
        <translation>Backups converted</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="106"/>
        <source>Trước đó</source>
        <translation>Before</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="237"/>
        <source>Nhật ký thao tác</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="242"/>
        <source>Lọc theo thao tác</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="243"/>
        <source>Mọi thao tác</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="244"/>
        <source>&amp;Từ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="248"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="250"/>
        <source>Tìm người dùng, tên, chi tiết…</source>
        <translation>Search users, names, details…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="251"/>
        <source>Tìm trong nhật ký</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="252"/>
        <source>&amp;Thao tác:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="263"/>
        <source>Các thao tác đã ghi</source>
        <translation>Recorded actions</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="316"/>
        <source>{n} sự kiện</source>
        <translation>{n} events</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="198"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="198"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="198"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="199"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="199"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="206"/>
        <source>Nhiều nhân viên</source>
        <translation>Several employees</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="208"/>
        <source>Nhân viên đã xóa (mã {id})</source>
        <translation>Deleted employee (no. {id})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="209"/>
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="209"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="210"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="210"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="211"/>
        <source>Lần nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="211"/>
        <source>Lô cập nhật</source>
        <translation>Update batch</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="41"/>
        <source>Xác nhận nhập</source>
        <translation>Confirm the import</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="43"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="49"/>
        <source>Dừng nhập</source>
        <translation>Stop importing</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="70"/>
        <source>ngày ghi trong tiêu đề của tệp</source>
        <translation>the date in the file&apos;s title</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="71"/>
        <source>hôm nay: tệp không ghi ngày</source>
        <translation>today: the file gives no date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="72"/>
        <source>ngày bạn đã chọn</source>
        <translation>the date you chose</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="74"/>
        <source>Danh sách đúng vào ngày {day} ({source}). Sẽ thêm mới {add} người, cập nhật {upd} người (thay đổi được ghi vào lịch sử với ngày của từng dòng, mặc định {day}), giữ nguyên {same} người.</source>
        <translation>The list is true on {day} ({source}). {add} people will be added and {upd} updated (changes go into the history with each row&apos;s date, {day} by default); {same} stay as they are.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="81"/>
        <source>{n} dòng lùi bước được bỏ qua (chọn «Cho phép lùi bước» ở bước trước nếu đúng là vậy).</source>
        <translation>{n} rows that step back are skipped (tick «Allow steps back» on the previous page if they are right).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="87"/>
        <source>Bạn đã cho phép lùi bước: {n} người sẽ bị ghi lùi bước, trong đó {l2} người đang ở mức 2.</source>
        <translation>You allowed steps back: {n} people will be recorded a step back, {l2} of them now at level 2.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="94"/>
        <source>Khoa/phòng mới được thêm vào danh mục: {names}.</source>
        <translation>New departments added to the list: {names}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="98"/>
        <source>Ngày của danh sách ở trong quá khứ: báo cáo của các ngày từ {day} trở đi có thể thay đổi.</source>
        <translation>The list&apos;s date is in the past: reports for {day} and later may change.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="101"/>
        <source>Mọi thay đổi được ghi trong một lần (tất cả hoặc không gì cả), có sao lưu trước khi nhập và hoàn tác được bằng Ctrl+Z. Người nào vừa được người khác sửa sau khi bạn xem trước sẽ không bị ghi đè.</source>
        <translation>Every change is written at once (all or nothing), after a backup, and can be undone with Ctrl+Z. Anyone changed by someone else after your preview is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="91"/>
        <source>{rej} dòng bị từ chối sẽ được bỏ qua; sau khi nhập có thể lưu các dòng đó ra Excel để sửa rồi nhập lại.</source>
        <translation>{rej} rejected rows will be skipped; after the import they can be saved to Excel, corrected and imported again.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="123"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="38"/>
        <source>Kết nối máy chủ PostgreSQL</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="41"/>
        <source>Dùng chung một cơ sở dữ liệu trên máy chủ cho nhiều người cùng cập nhật. Mật khẩu không được lưu: để trống nếu máy đã có tệp ~/.pgpass hoặc biến PGPASSWORD.</source>
        <translation>Share one database on a server so that several people can update it. The password is not stored: leave it empty if this computer has a ~/.pgpass file or the PGPASSWORD variable.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="52"/>
        <source>(không lưu lại)</source>
        <translation>(not stored)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="55"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="56"/>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="57"/>
        <source>Tên cơ sở dữ liệu</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="58"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="59"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="62"/>
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="64"/>
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="99"/>
        <source>Hãy nhập tên hoặc địa chỉ máy chủ</source>
        <translation>Enter the server name or address</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="101"/>
        <source>Hãy nhập tên cơ sở dữ liệu</source>
        <translation>Enter the database name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="103"/>
        <source>Hãy nhập tên người dùng</source>
        <translation>Enter the user name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/connect_dialog.py" line="135"/>
        <source>Kết nối được: {version}</source>
        <translation>Connected: {version}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="317"/>
        <source>Đang tính số liệu tổng quan…</source>
        <translation>Computing the dashboard…</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="99"/>
        <source>Tổng số nhân viên</source>
        <translation>Total staff</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="100"/>
        <source>Chưa định danh</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="101"/>
        <source>Đã định danh mức 1</source>
        <translation>Identified at level 1</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="102"/>
        <source>Đã định danh mức 2</source>
        <translation>Identified at level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="105"/>
        <location filename="../../eidroster/ui/dashboard.py" line="228"/>
        <source>Tỉ lệ mức 2</source>
        <translation>Level-2 rate</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="106"/>
        <source>Cần kích hoạt mỗi ngày</source>
        <translation>Activations needed per day</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="120"/>
        <source>Tỉ lệ mức 2 theo khoa/phòng (%)</source>
        <translation>Level-2 rate by department (%)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="127"/>
        <source>Tỉ lệ mức 2 theo ngày (%)</source>
        <translation>Level-2 rate by day (%)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="135"/>
        <source>Biểu đồ tỉ lệ mức 2 theo khoa/phòng</source>
        <translation>Chart of the level-2 rate by department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="136"/>
        <source>Biểu đồ tỉ lệ mức 2 theo ngày</source>
        <translation>Chart of the level-2 rate by day</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="171"/>
        <source>Chưa đặt ngày phải đạt 100% (Báo cáo → Thông tin đơn vị cho báo cáo).</source>
        <translation>No date set for reaching 100% (Reports → Unit details for the reports).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="196"/>
        <source>Thấp nhất: {low} {low_rate} · cao nhất: {high} {high_rate} ({n} khoa/phòng)</source>
        <translation>Lowest: {low} {low_rate} · highest: {high} {high_rate} ({n} departments)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="204"/>
        <source>Chưa có ai đang làm việc</source>
        <translation>Nobody is at work yet</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="210"/>
        <source>Từ {a} ngày {d1} đến {b} ngày {d2}</source>
        <translation>From {a} on {d1} to {b} on {d2}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="214"/>
        <source>Chưa có số liệu theo ngày</source>
        <translation>No figures by day yet</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="174"/>
        <source>Ngày phải đạt 100% ({date}) đã qua; còn {n} người chưa mức 2.</source>
        <translation>The date for 100% ({date}) has passed; {n} people are still not at level 2.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="103"/>
        <source>Chưa mức 2, có lý do chính đáng</source>
        <translation>Not at level 2, with a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="104"/>
        <source>Chưa mức 2, không có lý do chính đáng</source>
        <translation>Not at level 2, without a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="178"/>
        <source>Còn {n} người chưa mức 2; để đạt 100% vào ngày {date} cần {per} lượt kích hoạt mỗi ngày.</source>
        <translation>{n} people are not at level 2; reaching 100% on {date} needs {per} activations per day.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/dashboard.py" line="182"/>
        <source>Số liệu tính đến ngày {date}. </source>
        <translation>Figures as of {date}. </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="76"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="80"/>
        <source>Nhập ngày/tháng/năm, ví dụ 05/03/2026, 5/3/26, 05-03-2026 hoặc 05032026. Alt+↓: mở lịch; ↑/↓: đổi một ngày.</source>
        <translation>Type day/month/year, e.g. 05/03/2026, 5/3/26, 05-03-2026 or 05032026. Alt+↓: calendar; ↑/↓: one day later/earlier.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="85"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Pick on a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="86"/>
        <source>Mở lịch</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="185"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="185"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="185"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="185"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="186"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="186"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="186"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="192"/>
        <source>Chưa nhập ngày</source>
        <translation>No date typed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="194"/>
        <source>Chưa đủ ngày/tháng/năm (ví dụ 05/03/2026)</source>
        <translation>Not a whole day/month/year yet (e.g. 05/03/2026)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="196"/>
        <source>Không đọc được ngày: hãy nhập ngày/tháng/năm, ví dụ 05/03/2026</source>
        <translation>Not a date: type day/month/year, e.g. 05/03/2026</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="198"/>
        <source>Không có tháng {month}: ngày phải viết theo ngày/tháng/năm</source>
        <translation>There is no month {month}: dates are written day/month/year</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="201"/>
        <source>Năm {year} không hợp lệ (từ năm 1900 trở đi)</source>
        <translation>Year {year} is not accepted (1900 or later)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="204"/>
        <source>Không có ngày 0</source>
        <translation>There is no day 0</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="205"/>
        <source>Không có ngày {date}: tháng {month} năm {year} chỉ có {n} ngày</source>
        <translation>There is no {date}: month {month} of {year} has only {n} days</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="210"/>
        <source>Ngày phải từ {day} trở về trước</source>
        <translation>The date must be {day} or earlier</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/date_edit.py" line="213"/>
        <source>Ngày phải từ {day} trở đi</source>
        <translation>The date must be {day} or later</translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="34"/>
        <location filename="../../eidroster/ui/panels.py" line="44"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="34"/>
        <source>Số NV</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="34"/>
        <source>Mức 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="46"/>
        <source>Chọn một khoa/phòng để chỉ hiện người của khoa/phòng đó; dòng đầu là tất cả</source>
        <translation>Choose a department to show only its people; the first line is all of them</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="55"/>
        <source>&lt;b&gt;Khoa/phòng&lt;/b&gt; (đang làm việc)</source>
        <translation>&lt;b&gt;Departments&lt;/b&gt; (current staff)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="67"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="91"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="173"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="256"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="360"/>
        <source>Danh mục khoa/phòng</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="94"/>
        <source>Thứ tự ở đây là thứ tự các dòng của Phụ lục III. Ctrl+↑/Ctrl+↓: chuyển dòng đang chọn lên/xuống; F2: đổi tên; chọn nhiều dòng (Shift/Ctrl) rồi Gộp để gộp các cách viết khác nhau của cùng một khoa/phòng.</source>
        <translation>This order is the order of the rows of Appendix III. Ctrl+↑/Ctrl+↓: move the selected row up/down; F2: rename; select several rows (Shift/Ctrl) and Merge to join different spellings of one department.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="100"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="100"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="100"/>
        <source>Đang làm việc</source>
        <translation>Current staff</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="101"/>
        <source>Từng làm việc</source>
        <translation>Ever worked there</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="101"/>
        <source>Cách viết khác đã biết</source>
        <translation>Other known spellings</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="116"/>
        <source>Đổi &amp;tên… (F2)</source>
        <translation>Re&amp;name… (F2)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="117"/>
        <source>&amp;Gộp…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="118"/>
        <source>&amp;Lên (Ctrl+↑)</source>
        <translation>&amp;Up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="119"/>
        <source>&amp;Xuống (Ctrl+↓)</source>
        <translation>&amp;Down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="120"/>
        <source>Lưu thứ tự (Ctrl+&amp;S)</source>
        <translation>&amp;Save the order (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="130"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="273"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="285"/>
        <source>Đổi tên khoa/phòng</source>
        <translation>Rename a department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="274"/>
        <source>Tên mới của «{name}» (mọi báo cáo, kể cả báo cáo các ngày trước, sẽ ghi tên mới):</source>
        <translation>New name of «{name}» (every report, those of past dates included, will show the new name):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="277"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="278"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="364"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="303"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="310"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="317"/>
        <location filename="../../eidroster/ui/departments_dialog.py" line="329"/>
        <source>Gộp khoa/phòng</source>
        <translation>Merge departments</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="304"/>
        <source>Hãy chọn ít nhất một khoa/phòng khác với «{name}» để gộp vào.</source>
        <translation>Select at least one department other than «{name}» to merge into it.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="330"/>
        <source>Gộp {names} vào «{target}»?</source>
        <translation>Merge {names} into «{target}»?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="332"/>
        <source>{n} người có lịch sử ở {names} sẽ được tính ở «{target}» trong mọi báo cáo, kể cả báo cáo các ngày trước.</source>
        <translation>{n} people whose history names {names} will count in «{target}» in every report, those of past dates included.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="337"/>
        <source>Báo cáo đã gửi sẽ khác khi lập lại (các dòng khoa/phòng gộp thành một, tổng số không đổi): Phụ lục III tính đến ngày {dates}.</source>
        <translation>Reports already sent will read differently when made again (the departments&apos; rows become one, the totals stay): Appendix III as of {dates}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="341"/>
        <source>Không báo cáo nào đã gửi có dòng của {names}.</source>
        <translation>No report sent so far has a row for {names}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="343"/>
        <source>Tên cũ được ghi nhớ để nhập Excel sau này tự nhận ra. Không hoàn tác được.</source>
        <translation>The old names are remembered, so later Excel imports recognise them. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="346"/>
        <source>Gộp</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="347"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="361"/>
        <source>Lưu thứ tự mới của các khoa/phòng?</source>
        <translation>Save the new order of the departments?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="362"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="363"/>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../eidroster/ui/widgets.py" line="17"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditingFlows</name>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="90"/>
        <source>Đã thêm nhân viên</source>
        <extracomment>fills an employee dialog before it is shown (what a card scan read)</extracomment>
        <translation>Employee added</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="146"/>
        <source>Xóa nhân viên</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="147"/>
        <source>Xóa hẳn {name} và toàn bộ lịch sử của người này?</source>
        <translation>Permanently delete {name} and their whole history?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="149"/>
        <source>Không hoàn tác được. Nếu người này chỉ nghỉ việc, hãy dùng &quot;Đánh dấu nghỉ việc&quot; để giữ lịch sử.</source>
        <translation>This cannot be undone. If the person only left, use &quot;Mark as left&quot; to keep the history.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="151"/>
        <source>Xóa hẳn</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="152"/>
        <source>Không xóa</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="164"/>
        <source>Đã xóa một nhân viên</source>
        <translation>One employee deleted</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="180"/>
        <source>{status} cho {n} người</source>
        <translation>{status} for {n} people</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="191"/>
        <source>Đã cập nhật tình trạng: {what}</source>
        <translation>Status updated: {what}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/editing.py" line="198"/>
        <source>Đang cập nhật tình trạng: {what}</source>
        <translation>Updating status: {what}</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="39"/>
        <source>(không có lý do)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="43"/>
        <source> — không chính đáng</source>
        <translation> — not justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="60"/>
        <source>Thêm nhân viên</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="60"/>
        <source>Sửa thông tin nhân viên</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="65"/>
        <source>Ví dụ: Nguyễn Thị Minh Khai</source>
        <translation>For example: Nguyễn Thị Minh Khai</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="70"/>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="71"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="72"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="74"/>
        <source>12 số trên thẻ căn cước (hoặc 9 số CMND cũ)</source>
        <translation>12 digits on the identity card (or 9 digits of an old CMND)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="93"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="235"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="167"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="170"/>
        <source>Ngày chuyển: {problem}</source>
        <translation>Move date: {problem}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="221"/>
        <source>Số định danh này đã có ở một nhân viên khác trong danh sách</source>
        <translation>This identification number already belongs to another employee in the list</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="68"/>
        <source>Ngày sinh ở tương lai</source>
        <translation>The birth date is in the future</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="83"/>
        <source>trống: đang làm</source>
        <translation>empty: still working</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="84"/>
        <source>Để trống nếu người này đang làm việc</source>
        <translation>Leave empty while this person works here</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="87"/>
        <source>Ngày chuyển ở tương lai</source>
        <translation>The move&apos;s date is in the future</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="88"/>
        <source>Chuyển &amp;từ ngày</source>
        <translation>Moved &amp;from</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="90"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="91"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="161"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="234"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="92"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="234"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="94"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="235"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="95"/>
        <source>Khoa/phòng *</source>
        <translation>Department *</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="97"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="161"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="236"/>
        <source>Ngày vào làm</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="98"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="162"/>
        <location filename="../../eidroster/ui/employee_dialog.py" line="237"/>
        <source>Ngày nghỉ việc</source>
        <translation>Leave date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="108"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="109"/>
        <source>Lý do chưa mức 2</source>
        <translation>Reason not at level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="118"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="216"/>
        <source>Chưa nhập họ và tên</source>
        <translation>The full name is missing</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="233"/>
        <source>Họ</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="233"/>
        <source>Tên đệm</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="233"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employee_dialog.py" line="236"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>EmploymentFlows</name>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="129"/>
        <source>{n} người</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="133"/>
        <source>Nghỉ việc từ {day}: {who}</source>
        <translation>Left from {day}: {who}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="135"/>
        <source>Trở lại làm việc từ {day}: {who}</source>
        <translation>Back at work from {day}: {who}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="136"/>
        <source>Chuyển sang {department} từ {day}: {who}</source>
        <translation>Moved to {department} from {day}: {who}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="156"/>
        <source>Đã ghi: {what}</source>
        <translation>Recorded: {what}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_flows.py" line="165"/>
        <source>Đang ghi: {what}</source>
        <translation>Recording: {what}</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="109"/>
        <source>Mở tệp dữ liệu khác</source>
        <translation>Open another data file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="110"/>
        <source>Tệp dữ liệu eidroster (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>eidroster data files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="137"/>
        <source>Sao lưu ra nơi khác</source>
        <translation>Back up to another place</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="138"/>
        <source>Tệp dữ liệu eidroster (*.sqlite)</source>
        <translation>eidroster data file (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="144"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="145"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="72"/>
        <location filename="../../eidroster/ui/import_wizard.py" line="100"/>
        <source>Chọn tệp danh sách</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="74"/>
        <source>Tệp Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) hoặc .csv; dòng tiêu đề có thể nằm dưới các dòng tên đơn vị, tên danh sách.</source>
        <translation>An Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or .csv file; the header row may sit below lines with the unit or list name.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="78"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="89"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="91"/>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="101"/>
        <source>Bảng tính hoặc mã QR đã quét (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Spreadsheets or scanned QR codes (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="125"/>
        <source>{sheet}: mỗi dòng của tệp là một lần quét; đọc được các thông tin: {fields}.</source>
        <translation>{sheet}: each line of the file is one scan; fields read: {fields}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="120"/>
        <source>Trang &quot;{sheet}&quot;: dòng tiêu đề ở dòng {row}; nhận ra các cột: {fields}.</source>
        <translation>Sheet &quot;{sheet}&quot;: header on row {row}; recognised columns: {fields}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="175"/>
        <source>Chào mừng đến với eidroster</source>
        <translation>Welcome to eidroster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="178"/>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="179"/>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="180"/>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="181"/>
        <source>Để &amp;sau</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="131"/>
        <source>Phiếu khoa/phòng</source>
        <translation>Department forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="138"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="138"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="138"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="139"/>
        <source>Phát lúc</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="139"/>
        <source>Nộp lại lúc</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="139"/>
        <source>Tình trạng phiếu</source>
        <translation>Form state</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="140"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="150"/>
        <source>Phát phiếu…</source>
        <translation>Issue forms…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="152"/>
        <source>Nhập phiếu nộp lại…</source>
        <translation>Import returned forms…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="154"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="177"/>
        <source>Đã nộp lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="178"/>
        <source>Đã nộp lại (không có gì thay đổi)</source>
        <translation>Returned (nothing changed)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="180"/>
        <source>Đã hoàn tác lần nhập (nhập lại được)</source>
        <translation>Import undone (can be imported again)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="182"/>
        <source>Chưa nộp</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="196"/>
        <source>Chưa phát phiếu nào. Bấm &lt;b&gt;Phát phiếu…&lt;/b&gt; để tạo cho mỗi khoa/phòng một tệp .xlsx tự điền.</source>
        <translation>No form issued yet. Click &lt;b&gt;Issue forms…&lt;/b&gt; to make each department an .xlsx form to fill in.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="201"/>
        <source>Đợt phiếu tính đến ngày &lt;b&gt;{day}&lt;/b&gt;: &lt;b&gt;{back}/{total}&lt;/b&gt; khoa/phòng đã nộp lại.</source>
        <translation>Forms as of &lt;b&gt;{day}&lt;/b&gt;: &lt;b&gt;{back}/{total}&lt;/b&gt; departments have returned theirs.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="218"/>
        <source>Đã ghi {n} phiếu vào {folder}</source>
        <translation>Wrote {n} forms to {folder}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="224"/>
        <source>Đang tạo phiếu khoa/phòng</source>
        <translation>Making the department forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="231"/>
        <source>Chọn các phiếu khoa/phòng đã nộp lại</source>
        <translation>Choose the returned department forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="232"/>
        <source>Phiếu khoa/phòng (*.xlsx *.xlsm *.ods)</source>
        <translation>Department forms (*.xlsx *.xlsm *.ods)</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="205"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="207"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../eidroster/ui/help.py" line="31"/>
        <location filename="../../eidroster/ui/help.py" line="36"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/help.py" line="38"/>
        <source>Nội dung hướng dẫn; mũi tên và Page Up/Page Down để cuộn</source>
        <translation>The guide&apos;s text; arrows and Page Up/Page Down scroll</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/help.py" line="46"/>
        <source>Không tìm thấy tệp hướng dẫn: {path}</source>
        <translation>The guide file was not found: {path}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="123"/>
        <location filename="../../eidroster/ui/panels.py" line="149"/>
        <source>&lt;b&gt;Lịch sử&lt;/b&gt; — chọn một nhân viên</source>
        <translation>&lt;b&gt;History&lt;/b&gt; — select an employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="126"/>
        <source>Ngày hiệu lực</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="126"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="126"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="127"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="127"/>
        <source>Ghi lúc</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="127"/>
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="127"/>
        <source>Lý do chính đáng</source>
        <translation>Justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="134"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="135"/>
        <source>Mọi lần cập nhật tình trạng của người đang chọn</source>
        <translation>Every status update of the selected person</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="152"/>
        <source>&lt;b&gt;Lịch sử&lt;/b&gt; — {name}</source>
        <translation>&lt;b&gt;History&lt;/b&gt; — {name}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="169"/>
        <source>Vào làm việc ở {department}</source>
        <translation>Joined, in {department}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="171"/>
        <source>Chuyển sang {department}</source>
        <translation>Moved to {department}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/panels.py" line="173"/>
        <source>Nghỉ việc (đang ở {department})</source>
        <translation>Left (was in {department})</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="175"/>
        <source>Số thứ tự</source>
        <translation>Row number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="176"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="177"/>
        <source>Họ (và đệm)</source>
        <translation>Family (and middle) name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="178"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="179"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="180"/>
        <source>Ngày sinh (Nam)</source>
        <translation>Date of birth (male)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="181"/>
        <source>Ngày sinh (Nữ)</source>
        <translation>Date of birth (female)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="182"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="183"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="184"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="185"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="186"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="187"/>
        <source>Chưa định danh (đánh dấu)</source>
        <translation>Not identified (tick)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="188"/>
        <source>Mức 1 (đánh dấu)</source>
        <translation>Level 1 (tick)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="189"/>
        <source>Mức 2 (đánh dấu)</source>
        <translation>Level 2 (tick)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="190"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="191"/>
        <source>Chính đáng</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="192"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="193"/>
        <source>Số điện thoại (không lưu)</source>
        <translation>Phone number (not stored)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="194"/>
        <source>Ngày vào làm</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="195"/>
        <source>Ngày nghỉ việc</source>
        <translation>Leave date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="196"/>
        <source>Ngày của tình trạng (kích hoạt, cập nhật)</source>
        <translation>Date of the status (activated, updated)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="152"/>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import list from Excel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="160"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="158"/>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="159"/>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="161"/>
        <source>&amp;Xong</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="251"/>
        <source>Đang đọc và kiểm tra từng dòng…</source>
        <extracomment>the user&apos;s choices on the preview: the list&apos;s date (None: the file&apos;s title or today), writing steps back, typed department name -&gt; existing department the reports already sent that the import altered (shown on the result page)</extracomment>
        <translation>Reading and checking every row…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="326"/>
        <location filename="../../eidroster/ui/import_wizard.py" line="362"/>
        <source>Đã hủy nhập tệp; danh sách không thay đổi gì</source>
        <translation>Import cancelled; the list was not changed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="339"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="406"/>
        <source>Dòng trong tệp gốc</source>
        <translation>Row in the original file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="406"/>
        <source>Lý do bị từ chối</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_wizard.py" line="436"/>
        <source>Đã thêm {n} lý do vào danh mục; những người vừa nhập có các lý do này đã được gắn với chúng</source>
        <translation>{n} reasons added to the list; the people just imported who gave them are now linked to them</translation>
    </message>
</context>
<context>
    <name>IssueFormsDialog</name>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="47"/>
        <source>Phát phiếu cho khoa/phòng</source>
        <translation>Issue forms to departments</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="53"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="65"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="67"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="74"/>
        <source>Tình trạng tính đến ngày</source>
        <translation>Statuses as of</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="75"/>
        <source>Lưu các tệp vào thư mục</source>
        <translation>Save the files in folder</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="79"/>
        <source>Phát phiếu</source>
        <translation>Issue forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="82"/>
        <source>Khoa/phòng nhận phiếu (mỗi khoa/phòng một tệp .xlsx):</source>
        <translation>Departments receiving a form (one .xlsx each):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="86"/>
        <source>Mỗi phiếu có dữ liệu cá nhân của khoa/phòng đó: chỉ gửi cho đúng khoa/phòng.</source>
        <translation>Each form holds that department&apos;s personal data: send it to that department only.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="91"/>
        <source>Thư mục lưu phiếu</source>
        <translation>Folder for the forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="111"/>
        <source>Ngày không hợp lệ: nhập dạng dd/mm/yyyy</source>
        <translation>Invalid date: type it as dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="113"/>
        <source>Chưa chọn thư mục lưu phiếu</source>
        <translation>No folder chosen for the forms</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/forms_panel.py" line="115"/>
        <source>Chưa chọn khoa/phòng nào</source>
        <translation>No department chosen</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="71"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; nghỉ việc từ ngày (không còn tính trong báo cáo từ ngày này; báo cáo các ngày trước và lịch sử vẫn giữ):</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; leaves on (not counted in reports from that day; reports of earlier dates and the history stay):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="74"/>
        <source>&lt;b&gt;{n} người&lt;/b&gt; đã chọn nghỉ việc từ ngày (không còn tính trong báo cáo từ ngày này; báo cáo các ngày trước và lịch sử vẫn giữ):</source>
        <translation>The &lt;b&gt;{n} people&lt;/b&gt; selected leave on (not counted in reports from that day; reports of earlier dates and the history stay):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="77"/>
        <source>Đánh dấu nghỉ việc</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="80"/>
        <source>&amp;Ngày nghỉ việc</source>
        <translation>&amp;Leave date</translation>
    </message>
</context>
<context>
    <name>ListOptions</name>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="70"/>
        <source>{n} dòng đang hiện trong danh sách (theo các bộ lọc và ô tìm)</source>
        <translation>{n} rows shown in the list (after the filters and the search)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="74"/>
        <source>Ghi đầy đủ số &amp;định danh (được ghi vào nhật ký)</source>
        <translation>Write full identification &amp;numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="76"/>
        <source>Mặc định số định danh được che như trên màn hình</source>
        <translation>By default identification numbers are masked as on screen</translation>
    </message>
</context>
<context>
    <name>ListsOut</name>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="106"/>
        <source>Đã chép {n} dòng (dán được vào Excel)</source>
        <translation>Copied {n} rows (ready to paste into Excel)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="115"/>
        <source>Không có dòng nào đang hiện</source>
        <translation>No rows are shown</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="125"/>
        <source>Xuất danh sách đang hiện</source>
        <translation>Export the list shown</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="126"/>
        <source>Chọn nơi ghi…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="131"/>
        <source>Danh sach {date}</source>
        <translation>Staff list {date}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="133"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="149"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="157"/>
        <source>Đang ghi danh sách ({n} dòng)…</source>
        <translation>Writing the list ({n} rows)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="158"/>
        <source>Đã ghi danh sách</source>
        <translation>List written</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="163"/>
        <source>In danh sách đang hiện</source>
        <translation>Print the list shown</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="164"/>
        <source>Xem trước bản in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="169"/>
        <source>Danh sách nhân viên ({n} người), in ngày {date}</source>
        <translation>Staff list ({n} people), printed on {date}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="179"/>
        <source>Đang chuẩn bị bản in ({n} dòng)…</source>
        <translation>Preparing the printout ({n} rows)…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/lists_out.py" line="193"/>
        <source>Xem trước bản in danh sách</source>
        <translation>Print preview of the list</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../eidroster/ui/main_window.py" line="46"/>
        <location filename="../../eidroster/ui/main_window.py" line="109"/>
        <source>eidroster — Định danh điện tử của đơn vị</source>
        <translation>eidroster — the unit&apos;s electronic identification</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/main_window.py" line="59"/>
        <source>Danh sách nhân viên</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/main_window.py" line="60"/>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/entries.py" line="175"/>
        <source>Máy chủ {host}/{name}</source>
        <translation>Server {host}/{name}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/main_window.py" line="180"/>
        <source>eidroster</source>
        <translation>eidroster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/main_window.py" line="128"/>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import list from Excel</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="54"/>
        <source>Gộp khoa/phòng</source>
        <translation>Merge departments</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="57"/>
        <source>Gộp {names} thành một khoa/phòng (dùng khi cùng một nơi bị ghi theo nhiều cách). Giữ lại tên:</source>
        <translation>Merge {names} into one department (when one place was written in several ways). Keep the name:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="66"/>
        <source>{name} ({n} người đang làm việc)</source>
        <translation>{name} ({n} people working there)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="69"/>
        <source>&amp;Tên giữ lại</source>
        <translation>&amp;Name kept</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/departments_dialog.py" line="70"/>
        <source>Tiếp…</source>
        <translation>Next…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="122"/>
        <source>Chuyển &lt;b&gt;{name}&lt;/b&gt; ({current}) sang khoa/phòng khác từ ngày (báo cáo các ngày trước vẫn tính ở khoa/phòng cũ):</source>
        <translation>Move &lt;b&gt;{name}&lt;/b&gt; ({current}) to another department from (reports of earlier dates still count them in the old one):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="126"/>
        <source>Chuyển &lt;b&gt;{n} người&lt;/b&gt; đã chọn sang khoa/phòng khác từ ngày (báo cáo các ngày trước vẫn tính ở khoa/phòng cũ):</source>
        <translation>Move the &lt;b&gt;{n} people&lt;/b&gt; selected to another department from (reports of earlier dates still count them in the old one):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="129"/>
        <source>Chuyển khoa/phòng</source>
        <translation>Move to another department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="129"/>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="139"/>
        <source>chọn hoặc gõ tên khoa/phòng</source>
        <translation>choose or type a department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="144"/>
        <source>&amp;Sang khoa/phòng</source>
        <translation>&amp;To department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="146"/>
        <source>&amp;Từ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="161"/>
        <source>= «{name}» (đã có)</source>
        <translation>= «{name}» (known)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="164"/>
        <source>Khoa/phòng mới «{name}»: sẽ được thêm vào danh mục</source>
        <translation>New department «{name}»: it will be added to the list</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="137"/>
        <source>Thông báo về việc xử lý dữ liệu cá nhân</source>
        <translation>Personal data processing notice</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="139"/>
        <source>Tệp PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="139"/>
        <source>Tài liệu Word</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="150"/>
        <source>Chưa ghi được thông báo: hãy nhập thông tin đơn vị trước. Còn thiếu: {names}.</source>
        <translation>The notice cannot be written yet: enter the unit&apos;s details first. Missing: {names}.</translation>
    </message>
</context>
<context>
    <name>PeerTools</name>
    <message>
        <location filename="../../eidroster/ui/peer_tools.py" line="35"/>
        <source>&amp;Phiếu khoa/phòng tự điền…</source>
        <translation>&amp;Department fill-in forms…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/peer_tools.py" line="37"/>
        <source>Phát cho mỗi khoa/phòng một tệp Excel để tự điền tình trạng, nhập lại các phiếu đã nộp và xem khoa/phòng nào đã nộp</source>
        <translation>Give each department an Excel file to fill in its statuses, import the returned forms and see which departments have returned theirs</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/peer_tools.py" line="40"/>
        <source>Cô&amp;ng cụ</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/peer_tools.py" line="45"/>
        <source>Đối &amp;chiếu với danh sách khác…</source>
        <translation>&amp;Reconcile with another list…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/peer_tools.py" line="47"/>
        <source>So danh sách với một tệp khác (hồ sơ nhân sự, danh sách công an gửi, danh sách của khoa/phòng): ai chỉ có ở một bên, ai khác họ tên, ngày sinh, tình trạng</source>
        <translation>Compare the roster with another file (HR records, the police&apos;s list, a department&apos;s list): who is on one side only, whose name, birth date or status differ</translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="109"/>
        <source>Dữ liệu của một người</source>
        <translation>Data held on one person</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="111"/>
        <source>Tệp PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="111"/>
        <source>Tài liệu Word</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="112"/>
        <source>Bảng tính Excel</source>
        <translation>Excel spreadsheet</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="146"/>
        <source>Dòng</source>
        <extracomment>what the preview can show alone</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="148"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="150"/>
        <source>Thay đổi (cũ → mới)</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="152"/>
        <source>Vấn đề / lưu ý</source>
        <translation>Problems / notes</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="156"/>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="156"/>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="157"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="157"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="158"/>
        <source>Bỏ qua (lùi bước)</source>
        <translation>Skipped (a step back)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="159"/>
        <source>Chưa ghi (người khác vừa sửa)</source>
        <translation>Not written (someone else just changed this person)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="205"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="205"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="206"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="206"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="207"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="207"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="208"/>
        <source>Ngày vào làm</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="208"/>
        <source>Ngày nghỉ việc</source>
        <translation>Leave date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="209"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="209"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="210"/>
        <source>Chính đáng</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="210"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_rows.py" line="230"/>
        <source>Đã tự sửa: {what}</source>
        <translation>Repaired: {what}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="67"/>
        <source>Xem trước</source>
        <extracomment>the fields offered in the column chooser, in the order of a usual list</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="73"/>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="69"/>
        <source>Kiểm tra ngày của danh sách và cột được nhận ra cho mỗi thông tin (đổi được nếu sai). Dòng đỏ bị từ chối, xám được bỏ qua, vàng có lưu ý, xanh được tự sửa; rê chuột lên dòng để xem chi tiết.</source>
        <translation>Check the list&apos;s date and the column found for each item (change it if wrong). Red rows are rejected, grey skipped, yellow have a warning, blue were repaired; hover over a row for the details.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="88"/>
        <source>Khoa/phòng mới trong tệp</source>
        <translation>New departments in the file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="91"/>
        <source>Ghi nhớ các cách viết đã chọn cho lần nhập sau</source>
        <translation>Remember the chosen spellings for later imports</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="107"/>
        <source>Hiện số định danh đầy đủ</source>
        <translation>Show full identification numbers</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="117"/>
        <source>&amp;Hiện:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="133"/>
        <source>Ngày mà danh sách này đúng: tình trạng trong tệp được ghi vào lịch sử với ngày này</source>
        <translation>The date on which this list is true: its statuses go into the history with this date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="138"/>
        <source>Cho phép &amp;lùi bước (ghi cả dòng có tình trạng thấp hơn đã ghi, ví dụ mức 2 → chưa đăng ký)</source>
        <translation>Allow &amp;steps back (also write rows with a lower status than the one recorded, e.g. level 2 → not registered)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="141"/>
        <source>&amp;Ngày của danh sách:</source>
        <translation>List &amp;date:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="178"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="218"/>
        <source>lấy từ tiêu đề của tệp («Tính đến ngày …»)</source>
        <translation>taken from the file&apos;s title («Tính đến ngày …»)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="219"/>
        <source>tệp không ghi ngày: dùng ngày hôm nay</source>
        <translation>the file gives no date: today</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="220"/>
        <source>ngày bạn đã chọn</source>
        <translation>the date you chose</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="228"/>
        <source>Đọc {read} dòng: &lt;b&gt;thêm mới {add}&lt;/b&gt; · cập nhật {upd} · không đổi {same} · &lt;span style=&apos;color:#a00&apos;&gt;bị từ chối {rej}&lt;/span&gt; · bỏ qua (lùi bước) {skip} · tự sửa {fix} · có lưu ý {warn}</source>
        <translation>{read} rows read: &lt;b&gt;{add} new&lt;/b&gt; · {upd} updated · {same} unchanged · &lt;span style=&apos;color:#a00&apos;&gt;{rej} rejected&lt;/span&gt; · {skip} skipped (step back) · {fix} repaired · {warn} with a warning</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="237"/>
        <source>tất cả {n} dòng</source>
        <translation>all {n} rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="238"/>
        <source>bị từ chối ({n})</source>
        <translation>rejected ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="238"/>
        <source>tự sửa ({n})</source>
        <translation>repaired ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="239"/>
        <source>bỏ qua, lùi bước ({n})</source>
        <translation>skipped, step back ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="240"/>
        <source>có lưu ý ({n})</source>
        <translation>with a warning ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="241"/>
        <source>cập nhật ({n})</source>
        <translation>updated ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="241"/>
        <source>thêm mới ({n})</source>
        <translation>new ({n})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="259"/>
        <source>Tên khoa/phòng trong tệp chưa có trong danh mục. Nếu là cách viết khác của một khoa/phòng đã có, hãy chọn khoa/phòng đó; nếu không, khoa/phòng mới sẽ được thêm.</source>
        <translation>Departments named in the file are not in the list. If one is another spelling of a known department, choose that department; otherwise a new department is added.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="263"/>
        <source>«{name}» ({n} dòng)</source>
        <translation>«{name}» ({n} rows)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_preview.py" line="267"/>
        <source>(thêm khoa/phòng mới)</source>
        <translation>(add a new department)</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="164"/>
        <source>Dữ liệu của một người</source>
        <translation>Data held on one person</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="41"/>
        <source>Tự động xóa dữ liệu cá nhân của người đã nghỉ việc khi hết thời hạn lưu trữ</source>
        <translation>Automatically delete leavers&apos; personal data when the retention period ends</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="47"/>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="52"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="53"/>
        <source>không dùng (tính theo số tháng)</source>
        <translation>not used (period in months)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="59"/>
        <source>Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15) và Nghị định 356/2025: dữ liệu của người lao động được xóa khi hết quan hệ lao động, trừ khi luật hoặc thỏa thuận cho phép giữ lâu hơn. Khi hết thời hạn, chương trình xóa họ tên, ngày sinh, giới tính, số định danh, chức danh và ghi chú của người đã nghỉ (mỗi ngày, lúc mở chương trình); các dòng không có tên được giữ để số liệu báo cáo đã gửi không đổi.</source>
        <translation>Personal Data Protection Law (91/2025/QH15) and Decree 356/2025: an employee&apos;s data is deleted when the employment ends, unless a law or an agreement allows keeping it longer. When the period ends, the program deletes a leaver&apos;s name, birth date, gender, identification number, title and notes (daily, when it opens); the nameless rows are kept so that the numbers of reports already sent do not change.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="69"/>
        <source>mỗi dòng một nhóm người, ví dụ: Thủ trưởng đơn vị</source>
        <translation>one group of people per line, e.g. Head of the unit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="73"/>
        <source>ví dụ: Phòng Tổ chức cán bộ, tầng 2, điện thoại …</source>
        <translation>e.g. Personnel office, 2nd floor, phone …</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="75"/>
        <source>Xem và in thông báo xử lý dữ liệu cá nhân…</source>
        <translation>View and print the personal data processing notice…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="79"/>
        <source>Thời hạn lưu trữ sau ngày nghỉ việc</source>
        <translation>Retention period after leaving</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="80"/>
        <source>hoặc tính theo ngày (retention_days)</source>
        <translation>or in days (retention_days)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="82"/>
        <source>Người được xem dữ liệu</source>
        <translation>Who may see the data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="83"/>
        <source>Nơi tiếp nhận yêu cầu về dữ liệu cá nhân</source>
        <translation>Where personal data requests are received</translation>
    </message>
</context>
<context>
    <name>ReasonEditDialog</name>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="53"/>
        <source>Thêm lý do</source>
        <translation>Add reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="53"/>
        <source>Sửa lý do</source>
        <translation>Edit reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="56"/>
        <source>Lý do &amp;chính đáng (người có lý do này tính là &quot;có lý do chính đáng&quot;)</source>
        <translation>&amp;Justified reason (people with this reason count as &quot;with a justified reason&quot;)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="58"/>
        <source>&amp;Ngừng dùng (không hiện khi chọn lý do mới)</source>
        <translation>&amp;Retired (not offered for new choices)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="62"/>
        <source>Áp dụng &amp;từ ngày</source>
        <translation>Applies &amp;from</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="69"/>
        <source>&amp;Tên lý do</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="75"/>
        <source>Phân loại đã ghi</source>
        <translation>Recorded classification</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="88"/>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="102"/>
        <source>chính đáng</source>
        <translation>justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="88"/>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="103"/>
        <source>không chính đáng</source>
        <translation>not justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="89"/>
        <source> (từ đầu)</source>
        <translation> (from the start)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="90"/>
        <source> từ {day}</source>
        <translation> from {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="105"/>
        <source>Từ ngày này, {n} người đang có lý do này được tính là «{word}»; báo cáo các ngày trước giữ phân loại cũ.</source>
        <translation>From this date the {n} people who have this reason count as «{word}»; reports for earlier dates keep the old classification.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="76"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="122"/>
        <source>Danh mục lý do chưa định danh mức 2</source>
        <translation>Catalogue of reasons for not being at level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="126"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="126"/>
        <source>Chính đáng</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="126"/>
        <source>Số người hiện có</source>
        <translation>People now</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="127"/>
        <source>Số lần dùng</source>
        <translation>Times used</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="127"/>
        <source>Ngừng dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="146"/>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="147"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="148"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="153"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="194"/>
        <source>Lý do đang được dùng: chỉ có thể ngừng dùng</source>
        <translation>This reason is in use: it can only be retired</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="223"/>
        <source>Xóa lý do</source>
        <translation>Delete reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="224"/>
        <source>Xóa lý do &quot;{label}&quot; khỏi danh mục?</source>
        <translation>Delete the reason &quot;{label}&quot; from the catalogue?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reasons_dialog.py" line="235"/>
        <source>Danh mục lý do</source>
        <translation>Reason catalogue</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="145"/>
        <source>Đối chiếu với danh sách khác</source>
        <translation>Reconcile with another list</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="150"/>
        <source>Tệp danh sách: hồ sơ nhân sự, danh sách công an gửi, danh sách của khoa/phòng…</source>
        <translation>List file: HR records, the police&apos;s list, a department&apos;s list…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="151"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="155"/>
        <source>Cả đơn vị</source>
        <translation>Whole unit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="158"/>
        <source>Đối chiếu</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="164"/>
        <source>với</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="167"/>
        <source>Chọn tệp rồi bấm Đối chiếu. Không có gì bị thay đổi.</source>
        <translation>Choose a file, then click Reconcile. Nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="173"/>
        <source>Tất cả khác biệt</source>
        <translation>All differences</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="189"/>
        <source>Lưu ra Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="195"/>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="208"/>
        <source>Chọn tệp để đối chiếu</source>
        <translation>Choose the file to reconcile</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="209"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="218"/>
        <source>Chưa chọn tệp để đối chiếu</source>
        <translation>No file chosen to reconcile</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="222"/>
        <source>Đang đọc tệp và đối chiếu…</source>
        <translation>Reading the file and reconciling…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="234"/>
        <source>Đang đối chiếu</source>
        <translation>Reconciling</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="244"/>
        <source>Danh sách tính đến ngày {day}{scope}: khớp {same} người · &lt;b&gt;khác nhau {diff}&lt;/b&gt; · chỉ có trong tệp {file} · chỉ có trong danh sách {roster}.</source>
        <translation>Roster as of {day}{scope}: {same} people match · &lt;b&gt;{diff} differ&lt;/b&gt; · {file} only in the file · {roster} only in the roster.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="252"/>
        <source>{n} dòng của tệp không đọc được đầy đủ (rê chuột để xem).</source>
        <translation>{n} rows of the file could not be fully read (hover to see).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="274"/>
        <source>Lưu kết quả đối chiếu</source>
        <translation>Save the reconciliation</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="276"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="287"/>
        <source>Đã lưu {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="62"/>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="122"/>
        <source>Mở</source>
        <extracomment>the columns that show each field of a difference</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="62"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="62"/>
        <source>Khác ở</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="63"/>
        <source>Dòng tệp</source>
        <translation>File row</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="63"/>
        <source>Họ và tên (danh sách)</source>
        <translation>Full name (roster)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="64"/>
        <source>Họ và tên (tệp)</source>
        <translation>Full name (file)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="64"/>
        <source>Ngày sinh (danh sách)</source>
        <translation>Birth date (roster)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="65"/>
        <source>Ngày sinh (tệp)</source>
        <translation>Birth date (file)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="65"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="66"/>
        <source>Tình trạng (danh sách)</source>
        <translation>Status (roster)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="66"/>
        <source>Tình trạng (tệp)</source>
        <translation>Status (file)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="76"/>
        <source>Khác nhau</source>
        <translation>Different</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="76"/>
        <source>Chỉ có trong tệp</source>
        <translation>Only in the file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="77"/>
        <source>Chỉ có trong danh sách</source>
        <translation>Only in the roster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="80"/>
        <source>họ tên</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="80"/>
        <source>ngày sinh</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="81"/>
        <source>tình trạng</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="81"/>
        <source>số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="82"/>
        <source>khoa/phòng</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="83"/>
        <source>đã nghỉ việc</source>
        <translation>has left</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="113"/>
        <source>Mở hồ sơ người này</source>
        <translation>Open this person&apos;s record</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="114"/>
        <source>Thêm người này vào danh sách</source>
        <translation>Add this person to the roster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reconcile_dialog.py" line="122"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="45"/>
        <source>tổng số</source>
        <extracomment>Changes listed in the question before exporting again; all of them in its details.</extracomment>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="46"/>
        <source>chưa định danh</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="47"/>
        <source>mức 1</source>
        <translation>level 1</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="48"/>
        <source>mức 2</source>
        <translation>level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="49"/>
        <source>có lý do chính đáng</source>
        <translation>with a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="50"/>
        <source>không có lý do chính đáng</source>
        <translation>without a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="65"/>
        <source>khoa/phòng mới trong báo cáo ({count} người)</source>
        <translation>department new in the report ({count} people)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="69"/>
        <source>không còn trong báo cáo</source>
        <translation>no longer in the report</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="73"/>
        <source>Toàn đơn vị</source>
        <translation>Whole unit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="87"/>
        <source>không còn ở chỗ đã lưu</source>
        <translation>no longer where it was saved</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="89"/>
        <source>còn nguyên (SHA-256 khớp)</source>
        <translation>unchanged (SHA-256 matches)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="90"/>
        <source>ĐÃ BỊ SỬA sau khi xuất (SHA-256 khác)</source>
        <translation>CHANGED after export (SHA-256 differs)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="101"/>
        <source>Sổ báo cáo đã gửi</source>
        <translation>Register of reports sent</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="103"/>
        <source>Mỗi lần xuất Phụ lục III được ghi lại. Cột &quot;So với hôm nay&quot; cho biết số liệu của ngày đó, tính lại hôm nay, có còn đúng như đã gửi không (một thay đổi ghi lùi ngày có thể làm khác).</source>
        <translation>Every Phụ lục III export is recorded. The column &quot;Compared with today&quot; says whether that date&apos;s numbers, computed again today, are still the ones sent (a back-dated change can alter them).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="112"/>
        <source>Số liệu đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="113"/>
        <source>Xuất lúc</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="114"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="115"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="116"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="117"/>
        <source>Mức 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="118"/>
        <source>So với hôm nay</source>
        <translation>Compared with today</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="139"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="146"/>
        <source>Chưa xuất Phụ lục III lần nào từ cơ sở dữ liệu này.</source>
        <translation>No Phụ lục III has been exported from this database yet.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="157"/>
        <source>Khớp</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="158"/>
        <source>ĐÃ KHÁC</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="176"/>
        <source>Số liệu đến ngày: {day}</source>
        <translation>As of: {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="177"/>
        <source>Xuất lúc: {when}, người xuất: {user}</source>
        <translation>Exported at: {when}, by: {user}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="179"/>
        <source>Ngày ban hành: {day}</source>
        <translation>Letter date: {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="181"/>
        <source>để trống cho văn thư ghi tay</source>
        <translation>left blank for the clerk to write</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="182"/>
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="183"/>
        <source>Tệp trên đĩa: {state}</source>
        <translation>File on disk: {state}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="188"/>
        <source>Số liệu ngày này tính lại hôm nay vẫn đúng như đã gửi.</source>
        <translation>This date&apos;s numbers, computed again today, are still the ones sent.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="191"/>
        <source>Số liệu ngày này tính lại hôm nay đã khác (đã gửi → hôm nay):</source>
        <translation>This date&apos;s numbers, computed again today, have changed (sent → today):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="202"/>
        <source>Đang đọc sổ báo cáo đã gửi…</source>
        <translation>Reading the register of reports sent…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="217"/>
        <source>Đang so với báo cáo đã gửi…</source>
        <translation>Comparing with the report sent…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="225"/>
        <source>Phụ lục III số liệu ngày {day} đã xuất lúc {when} ({file}).
Số liệu ngày này nay đã khác (đã gửi → nay):</source>
        <translation>Phụ lục III as of {day} was exported at {when} ({file}).
That date&apos;s numbers have changed since (sent → now):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="231"/>
        <source>… và {count} dòng khác (xem phần chi tiết).</source>
        <translation>… and {count} more lines (see the details).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="233"/>
        <source>Xuất lại với số liệu mới? Nhớ báo cho nơi đã nhận bản trước.</source>
        <translation>Export again with the new numbers? Remember to tell whoever received the earlier copy.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="236"/>
        <source>Ngày này đã gửi báo cáo</source>
        <translation>This date was already reported</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="241"/>
        <source>Xuất lại</source>
        <translation>Export again</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/register_window.py" line="242"/>
        <source>Không xuất</source>
        <translation>Do not export</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="47"/>
        <location filename="../../eidroster/ui/report_options.py" line="86"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="48"/>
        <location filename="../../eidroster/ui/report_options.py" line="85"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="49"/>
        <location filename="../../eidroster/ui/report_options.py" line="87"/>
        <source>Địa danh (dòng ngày tháng)</source>
        <translation>Place name (date line)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="50"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="51"/>
        <source>Văn bản được trả lời</source>
        <translation>Letter being answered</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="52"/>
        <location filename="../../eidroster/ui/report_options.py" line="88"/>
        <source>Chức vụ người ký (có thể 2 dòng)</source>
        <translation>Signer&apos;s title (may be two lines)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="54"/>
        <location filename="../../eidroster/ui/report_options.py" line="89"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="55"/>
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="56"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="58"/>
        <location filename="../../eidroster/ui/report_options.py" line="133"/>
        <location filename="../../eidroster/ui/report_options.py" line="178"/>
        <source>Ngày phải đạt 100%</source>
        <translation>Date to reach 100%</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="98"/>
        <location filename="../../eidroster/ui/report_options.py" line="97"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="165"/>
        <source>Tài liệu Word</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="122"/>
        <source>Không lập được báo cáo</source>
        <translation>The report could not be made</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="59"/>
        <source>Số ngày giữ dữ liệu người đã nghỉ việc (0 = tính theo số tháng)</source>
        <translation>Days to keep leavers&apos; data (0 = use the months)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="61"/>
        <source>Số tháng giữ dữ liệu cá nhân người đã nghỉ việc (0 = không tự xóa)</source>
        <translation>Months to keep leavers&apos; personal data (0 = never delete automatically)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="63"/>
        <source>Người được xem dữ liệu</source>
        <translation>Who may see the data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="64"/>
        <source>Nơi tiếp nhận yêu cầu về dữ liệu cá nhân</source>
        <translation>Where personal data requests are received</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="130"/>
        <source>Đã xong trước khi kịp dừng</source>
        <translation>Finished before it could stop</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="131"/>
        <source>{what}: việc đã ghi xong trước khi kịp dừng, tệp đã được lưu.</source>
        <translation>{what}: the work had finished writing before it could stop; the file is saved.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="154"/>
        <source>Đã lập báo cáo</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="163"/>
        <source>Bảng tính Excel</source>
        <translation>Excel spreadsheet</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="164"/>
        <source>Tệp PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="188"/>
        <source>Xuất Phụ lục III</source>
        <translation>Export Appendix III</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="188"/>
        <source>Phụ lục III chỉ có số liệu tổng hợp theo khoa/phòng (không có tên người), gửi qua hệ thống iDesk.</source>
        <translation>Appendix III holds only aggregate numbers per department (no names); it is sent through iDesk.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="196"/>
        <source>Lưu Phụ lục III</source>
        <translation>Save Appendix III</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="200"/>
        <source>Đang lập Phụ lục III…</source>
        <translation>Making Appendix III…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="204"/>
        <source>Đã ghi Phụ lục III:</source>
        <translation>Appendix III written:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="222"/>
        <source>Số liệu giống lần xuất trước cho cùng ngày ({when}).</source>
        <translation>The numbers are the same as the previous export for this date ({when}).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="223"/>
        <source>Số liệu ngày này đã xuất lúc {when}; nay đã khác:</source>
        <translation>The numbers for this date were exported at {when}; they have changed since:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="235"/>
        <location filename="../../eidroster/ui/report_dialogs.py" line="244"/>
        <source>Xuất Phụ lục IV (dữ liệu cá nhân)</source>
        <translation>Export Appendix IV (personal data)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="236"/>
        <source>Phụ lục IV có họ tên, ngày sinh, số định danh cá nhân của những người chưa định danh mức 2: đó là dữ liệu cá nhân, được bảo vệ theo Luật Bảo vệ dữ liệu cá nhân.
Chỉ gửi qua thư điện tử cho cán bộ tổng hợp; không gửi qua iDesk, không chia sẻ, không đăng tải.
Mỗi lần xuất được ghi vào nhật ký.

Tiếp tục?</source>
        <translation>Appendix IV holds the names, birth dates and personal identification numbers of the people not yet at level 2: personal data, protected by the Personal Data Protection Law.
Send it only by e-mail to the aggregating officer; never through iDesk, never share or publish it.
Every export is recorded in the audit log.

Continue?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="250"/>
        <source>Lưu Phụ lục IV (dữ liệu cá nhân)</source>
        <translation>Save Appendix IV (personal data)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="254"/>
        <source>Đang lập Phụ lục IV…</source>
        <translation>Making Appendix IV…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="258"/>
        <source>có mật khẩu</source>
        <translation>password protected</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="258"/>
        <source>KHÔNG có mật khẩu</source>
        <translation>WITHOUT a password</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="259"/>
        <source>Đã ghi Phụ lục IV</source>
        <translation>Appendix IV written</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="260"/>
        <source>Chỉ gửi qua thư điện tử cho cán bộ tổng hợp; không gửi qua iDesk.</source>
        <translation>Send only by e-mail to the aggregating officer; never through iDesk.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="297"/>
        <source>Báo cáo nhanh cho lãnh đạo</source>
        <translation>Quick report for the head</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="298"/>
        <source>Lưu báo cáo nhanh</source>
        <translation>Save the quick report</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="300"/>
        <location filename="../../eidroster/ui/report_dialogs.py" line="368"/>
        <source>Đang lập báo cáo nhanh…</source>
        <translation>Making the quick report…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="301"/>
        <source>Đã ghi báo cáo nhanh:</source>
        <translation>Quick report written:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="310"/>
        <source>Công văn báo cáo kèm Phụ lục III</source>
        <translation>Covering letter for Appendix III</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="311"/>
        <source>Lưu công văn báo cáo</source>
        <translation>Save the covering letter</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="313"/>
        <source>Đang lập công văn báo cáo…</source>
        <translation>Writing the covering letter…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="314"/>
        <source>Đã ghi công văn báo cáo:</source>
        <translation>Covering letter saved:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="361"/>
        <location filename="../../eidroster/ui/report_dialogs.py" line="379"/>
        <source>Xem trước báo cáo nhanh</source>
        <translation>Quick report preview</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="395"/>
        <source>Hồ sơ gửi iDesk</source>
        <translation>iDesk submission</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="395"/>
        <source>Ghi công văn báo cáo (.pdf) và Phụ lục III (.xlsx và .pdf) vào một thư mục để gửi qua iDesk. Phụ lục IV không bao giờ được đưa vào đây.</source>
        <translation>Writes the covering letter (.pdf) and Appendix III (.xlsx and .pdf) into a folder to send through iDesk. Appendix IV is never put there.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="403"/>
        <source>Chọn thư mục hồ sơ</source>
        <translation>Choose the submission folder</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="407"/>
        <source>Đang lập hồ sơ gửi iDesk…</source>
        <translation>Making the iDesk submission…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_dialogs.py" line="412"/>
        <source>Đã ghi hồ sơ gửi iDesk:</source>
        <translation>iDesk submission written:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="91"/>
        <source>Chưa có thông tin đơn vị</source>
        <translation>Unit details missing</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="92"/>
        <source>Chưa lập được báo cáo: hãy nhập thông tin đơn vị trước.</source>
        <translation>No report yet: enter the unit&apos;s details first.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="93"/>
        <source>Còn thiếu:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="96"/>
        <source>Nhập thông tin đơn vị…</source>
        <translation>Enter the unit&apos;s details…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="120"/>
        <location filename="../../eidroster/ui/report_options.py" line="175"/>
        <source>Số liệu tính đến ngày</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="124"/>
        <source>Ngày ghi ở dòng địa danh, ngày tháng của văn bản</source>
        <translation>The date written on the letter&apos;s place-and-date line</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="125"/>
        <location filename="../../eidroster/ui/report_options.py" line="176"/>
        <source>Ngày ban hành</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="126"/>
        <source>Để trống số và ngày (văn thư ghi tay khi vào sổ)</source>
        <translation>Leave the number and date blank (the records clerk writes them by hand)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="142"/>
        <source>Tên tệp không dấu (chỉ chữ, số, &apos;-&apos; và &apos;_&apos;)</source>
        <translation>File name without tone marks (letters, digits, &apos;-&apos; and &apos;_&apos; only)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="147"/>
        <source>Đặt mật khẩu cho tệp (khuyên dùng)</source>
        <translation>Protect the file with a password (recommended)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="159"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="160"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="171"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="187"/>
        <source>Hãy nhập mật khẩu, hoặc bỏ chọn &quot;Đặt mật khẩu&quot;</source>
        <translation>Enter a password, or untick &quot;Protect with a password&quot;</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/report_options.py" line="190"/>
        <source>Hai lần nhập mật khẩu không giống nhau</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>ReportedNotice</name>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="25"/>
        <source>Phụ lục III tính đến ngày {day}</source>
        <translation>Appendix III as of {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="28"/>
        <source> (gửi lúc {when}, tệp {file})</source>
        <translation> (sent {when}, file {file})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="34"/>
        <source>… và {n} thay đổi khác</source>
        <translation>… and {n} other changes</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="50"/>
        <source>Báo cáo đã gửi bị thay đổi</source>
        <translation>A report already sent has changed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="51"/>
        <source>Thay đổi vừa ghi làm khác số liệu của {n} báo cáo đã gửi.</source>
        <translation>The change just recorded alters the numbers of {n} reports already sent.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/reported_notice.py" line="54"/>
        <source>Báo cáo lập lại cho các ngày này sẽ ra số mới. Nếu cần, hãy xuất lại và gửi kèm giải thích; muốn trả lại như cũ thì dùng Hoàn tác (Ctrl+Z).</source>
        <translation>A report made again for these dates will show the new numbers. If needed, export it again and send it with an explanation; to put things back, use Undo (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="187"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="191"/>
        <source>Chọn bản sao lưu. Cơ sở dữ liệu hiện tại sẽ được giữ lại làm một bản sao lưu.</source>
        <translation>Choose a backup. The current database is kept as a backup.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="193"/>
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="193"/>
        <source>sao lưu tay</source>
        <translation>manual backup</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="194"/>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="196"/>
        <source>trước khi </source>
        <translation>before </translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="201"/>
        <source>Các bản sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="211"/>
        <source>Chưa có bản sao lưu nào trong thư mục backups.</source>
        <translation>There is no backup in the backups folder yet.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="212"/>
        <source>Tệp khác…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="216"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="232"/>
        <source>Không dùng được bản này: {why}</source>
        <translation>This backup cannot be used: {why}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="234"/>
        <source>{count} nhân viên · {state} · tệp {path}</source>
        <translation>{count} employees · {state} · file {path}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="236"/>
        <source>đã mã hóa</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="236"/>
        <source>không mã hóa</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="247"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="247"/>
        <source>Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="138"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="152"/>
        <source>Lưu các dòng bị từ chối ra Excel…</source>
        <translation>Save the rejected rows to Excel…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="154"/>
        <source>Thêm các lý do mới vào danh mục</source>
        <translation>Add the new reasons to the catalogue</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="156"/>
        <source>là lý do chính đáng</source>
        <translation>is a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="175"/>
        <source>Đã nhập xong: thêm mới {add}, cập nhật {upd}, không đổi {same}, bị từ chối {rej}, bỏ qua (lùi bước) {skip} dòng.</source>
        <translation>Import finished: {add} new, {upd} updated, {same} unchanged, {rej} rejected, {skip} skipped (step back).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="182"/>
        <source>{n} dòng CHƯA được ghi: người khác vừa sửa những người này sau khi bạn xem trước (thay đổi của người kia được giữ nguyên). Hãy nhập lại tệp để ghi nốt.</source>
        <translation>{n} rows were NOT written: someone else changed these people after your preview (their changes are kept). Import the file again to write the rest.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="188"/>
        <source>Danh sách này làm khác số liệu của {n} báo cáo đã gửi:</source>
        <translation>This list alters the numbers of {n} reports already sent:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="192"/>
        <source>Chưa ghi vì người khác vừa sửa:</source>
        <translation>Not written, changed by someone else meanwhile:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="193"/>
        <source>Các dòng bị từ chối:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="194"/>
        <source>Bỏ qua vì lùi bước:</source>
        <translation>Skipped as steps back:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="195"/>
        <source>Đã tự sửa:</source>
        <translation>Repaired:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="196"/>
        <source>Lưu ý:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="211"/>
        <source>Lưu các dòng bị từ chối</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="212"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="220"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/import_pages.py" line="222"/>
        <source>Đã lưu {file}</source>
        <translation>Saved {file}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="94"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; trở lại làm việc từ ngày (thời gian nghỉ vẫn giữ trong lịch sử):</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; is back at work from (the time away stays in the history):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="97"/>
        <source>&lt;b&gt;{n} người&lt;/b&gt; đã chọn trở lại làm việc từ ngày (thời gian nghỉ vẫn giữ trong lịch sử):</source>
        <translation>The &lt;b&gt;{n} people&lt;/b&gt; selected are back at work from (the time away stays in the history):</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="99"/>
        <source>Ghi trở lại làm việc</source>
        <translation>Record a return to work</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="104"/>
        <source>(khoa/phòng trước khi nghỉ)</source>
        <translation>(the department they left)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="107"/>
        <source>&amp;Ngày trở lại</source>
        <translation>&amp;Back from</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/employment_dialogs.py" line="108"/>
        <source>&amp;Khoa/phòng</source>
        <translation>&amp;Department</translation>
    </message>
</context>
<context>
    <name>RosterData</name>
    <message>
        <location filename="../../eidroster/ui/roster_data.py" line="125"/>
        <source>Dữ liệu vừa được thay đổi ở nơi khác: đang tải lại</source>
        <translation>The data was just changed elsewhere: reloading</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_data.py" line="128"/>
        <source>Đang kiểm tra thay đổi…</source>
        <translation>Checking for changes…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_data.py" line="151"/>
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_data.py" line="173"/>
        <source>Đã tải {n} nhân viên</source>
        <translation>Loaded {n} employees</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_data.py" line="190"/>
        <source>Đang tải lại các dòng đã chọn…</source>
        <translation>Reloading the selected rows…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="49"/>
        <source>TT</source>
        <extracomment>an old 9-digit CMND (no validity since 01/01/2025): the number to replace</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="50"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="51"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="52"/>
        <source>Giới
tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="53"/>
        <source>Khoa/phòng</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="54"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="57"/>
        <source>Lý do
chính đáng</source>
        <translation>Justified
reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="55"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="56"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="58"/>
        <source>VNeID
đăng nhập</source>
        <translation>VNeID
login</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="59"/>
        <source>Dùng
DVCQG</source>
        <translation>Uses
DVCQG</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="60"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="102"/>
        <source>Nghỉ việc từ {date}</source>
        <translation>Left on {date}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="105"/>
        <source>Số CMND cũ (9 số), hết giá trị từ 01/01/2025: người này cần làm thẻ căn cước gắn chip, rồi ghi số định danh 12 số</source>
        <translation>Old 9-digit CMND, no longer valid since 01/01/2025: this person needs a chip-based identity card, then enter the 12-digit identification number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_cells.py" line="109"/>
        <source>Số bị che; chọn dòng rồi bấm Ctrl+H để xem đủ</source>
        <translation>Masked; select the row and press Ctrl+H to see it in full</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="133"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="143"/>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="146"/>
        <source>Chưa đạt mức 2</source>
        <translation>Not at level 2</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="155"/>
        <location filename="../../eidroster/ui/roster_view.py" line="258"/>
        <source>Mọi lý do</source>
        <translation>Any reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="160"/>
        <source>Cả người đã nghỉ</source>
        <translation>Including leavers</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="158"/>
        <source>Đang làm việc</source>
        <translation>Current staff</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="131"/>
        <source>Tìm theo tên (không cần dấu), số định danh hoặc khoa/phòng…  (Ctrl+F)</source>
        <translation>Search by name (accents optional), ID number or department…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="135"/>
        <source>Tìm theo tên không cần dấu, số định danh hoặc khoa/phòng; Esc để xóa</source>
        <translation>Search by name without accents, identification number or department; Esc to clear</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="159"/>
        <source>Đã nghỉ việc</source>
        <translation>Leavers</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="164"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="165"/>
        <source>Chỉ người không có lý do chính đáng</source>
        <translation>Only people without a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="166"/>
        <source>Lọc theo lý do</source>
        <translation>Filter by reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="167"/>
        <source>Lọc theo việc làm</source>
        <translation>Filter by employment</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="192"/>
        <source>Danh sách nhân viên</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="194"/>
        <source>Mũi tên để đi, Shift để chọn nhiều, Enter để sửa, Ctrl+T để cập nhật tình trạng, Ctrl+C để chép các dòng đã chọn</source>
        <translation>Arrows to move, Shift to select several, Enter to edit, Ctrl+T to update the status, Ctrl+C to copy the selected rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="303"/>
        <source>Đang làm việc: &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Chưa định danh: &lt;b&gt;{none}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Mức 1: &lt;b&gt;{l1}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Mức 2: &lt;b&gt;{l2}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Chưa mức 2 có lý do chính đáng: &lt;b&gt;{wr}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; không có lý do chính đáng: &lt;b style=&apos;color:#b02a37&apos;&gt;{wo}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Tỉ lệ mức 2: &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation>Employed: &lt;b&gt;{total}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Not identified: &lt;b&gt;{none}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Level 1: &lt;b&gt;{l1}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Level 2: &lt;b&gt;{l2}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Not at level 2 with a justified reason: &lt;b&gt;{wr}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; without a justified reason: &lt;b style=&apos;color:#b02a37&apos;&gt;{wo}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Level 2 rate: &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="314"/>
        <source>Đang hiện {shown} / {total} dòng</source>
        <translation>Showing {shown} / {total} rows</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/roster_view.py" line="317"/>
        <source>{n} đã chọn</source>
        <translation>{n} selected</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="100"/>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="103"/>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="109"/>
        <source>Chưa sao lưu được</source>
        <translation>Not backed up</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="110"/>
        <source>Không tạo được bản sao lưu tự động hôm nay:</source>
        <translation>Today&apos;s automatic backup could not be made:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="115"/>
        <source>Cơ sở dữ liệu đang bận</source>
        <translation>The database is busy</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="116"/>
        <source>Một chương trình khác (có thể ở máy khác dùng chung thư mục) đang ghi vào cơ sở dữ liệu. Thử lại sau khi nó xong?</source>
        <translation>Another program (perhaps on another computer sharing the folder) is writing to the database. Try again when it has finished?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="123"/>
        <source>Cơ sở dữ liệu {name} đã được mã hóa. Nhập mật khẩu:</source>
        <translation>The database {name} is encrypted. Enter the password:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="126"/>
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="128"/>
        <source>Cơ sở dữ liệu đã mã hóa</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="140"/>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="147"/>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="141"/>
        <source>Không tìm thấy bản sao lưu nào còn tốt trong {folder}.</source>
        <translation>No good backup was found in {folder}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="144"/>
        <source>Bản sao lưu tốt gần nhất: {name}, lúc {when}.</source>
        <translation>Latest good backup: {name}, made {when}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="146"/>
        <source>Khôi phục từ bản này? Tệp hỏng được giữ lại trong thư mục sao lưu.</source>
        <translation>Restore from it? The damaged file is kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="149"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="150"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="156"/>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="280"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="166"/>
        <source>Sao lưu</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="167"/>
        <source>Cơ sở dữ liệu nằm trên máy chủ: hãy sao lưu bằng công cụ của máy chủ (pg_dump).</source>
        <translation>The database is on a server: back it up with the server&apos;s tools (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="172"/>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="175"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="176"/>
        <source>Đã sao lưu cơ sở dữ liệu vào:</source>
        <translation>The database was backed up to:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="257"/>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="268"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="258"/>
        <source>Cơ sở dữ liệu nằm trên máy chủ: hãy khôi phục bằng công cụ của máy chủ.</source>
        <translation>The database is on a server: restore it with the server&apos;s tools.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="266"/>
        <source>Không dùng được tệp này</source>
        <translation>This file cannot be used</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="269"/>
        <source>Khôi phục {name} ({count} nhân viên)? Mọi thay đổi sau lúc sao lưu sẽ không còn trong cơ sở dữ liệu đang dùng; bản hiện tại được giữ lại làm bản sao lưu.</source>
        <translation>Restore {name} ({count} employees)? Every change made after that backup will be gone from the database in use; the current one is kept as a backup.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="293"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="294"/>
        <source>Đã khôi phục {count} nhân viên từ {name}.</source>
        <translation>Restored {count} employees from {name}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/safety_dialogs.py" line="296"/>
        <source>Bản trước khi khôi phục được giữ tại:</source>
        <translation>The copy from before the restore is kept at:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="38"/>
        <source>Thêm nhân viên</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="39"/>
        <source>Sửa thông tin nhân viên</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="40"/>
        <source>Xóa nhân viên</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="41"/>
        <source>Ghi nhận nghỉ việc</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="42"/>
        <source>Bỏ ngày nghỉ việc</source>
        <translation>Leave date removed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="43"/>
        <source>Cập nhật tình trạng định danh</source>
        <translation>e-ID status updated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="44"/>
        <source>Hoàn tác cập nhật tình trạng</source>
        <translation>Status update undone</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="45"/>
        <source>Thêm lý do</source>
        <translation>Add reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="46"/>
        <source>Sửa lý do</source>
        <translation>Edit reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="47"/>
        <source>Xóa lý do</source>
        <translation>Delete reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="48"/>
        <source>Đổi thiết lập</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="49"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="50"/>
        <source>Mã hóa cơ sở dữ liệu</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="51"/>
        <source>Xóa dữ liệu người đã nghỉ (hết hạn lưu)</source>
        <translation>Leavers&apos; personal data purged (retention period over)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="52"/>
        <location filename="../../eidroster/ui/audit_log.py" line="53"/>
        <source>Xem số định danh đầy đủ</source>
        <translation>Full identification number shown</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="54"/>
        <source>Xuất tệp có dữ liệu cá nhân</source>
        <translation>File with personal data exported</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="55"/>
        <source>Xuất tệp</source>
        <translation>File exported</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="56"/>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="57"/>
        <source>Nhập danh sách từ tệp</source>
        <translation>List imported from a file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="58"/>
        <source>Hoàn tác lần nhập</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="59"/>
        <source>Làm lại lần nhập</source>
        <translation>Import redone</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="60"/>
        <source>Xuất Phụ lục IV (dữ liệu cá nhân)</source>
        <translation>Export Appendix IV (personal data)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="61"/>
        <source>Xem dữ liệu của một người</source>
        <translation>Viewed one person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="62"/>
        <source>Xuất, in dữ liệu của một người</source>
        <translation>Exported or printed one person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/audit_log.py" line="63"/>
        <source>Xuất, in thông báo xử lý dữ liệu cá nhân</source>
        <translation>Exported or printed the processing notice</translation>
    </message>
</context>
<context>
    <name>Saved</name>
    <message>
        <location filename="../../eidroster/ui/saved.py" line="19"/>
        <source>Đã ghi vào:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/saved.py" line="20"/>
        <source>Mở &amp;tệp</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/saved.py" line="22"/>
        <source>Mở thư &amp;mục</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/saved.py" line="24"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScanAssist</name>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="37"/>
        <location filename="../../eidroster/ui/scan_assist.py" line="64"/>
        <source>Thông tin từ thẻ vừa quét</source>
        <translation>From the card just scanned</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="63"/>
        <source>Thông tin ở dòng {row} của tệp đối chiếu</source>
        <translation>From row {row} of the file being reconciled</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="73"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="78"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="83"/>
        <source>• Họ tên được tách: họ «{ho}», đệm «{dem}», tên «{ten}»</source>
        <translation>• Name split as: family «{ho}», middle «{dem}», given «{ten}»</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="105"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="117"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="133"/>
        <source>Khác nhau ở</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="133"/>
        <source>Đang nhập</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="134"/>
        <source>Theo tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="135"/>
        <source>Theo thẻ</source>
        <translation>On the card</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="143"/>
        <source>Dùng theo tệp</source>
        <translation>Use the file&apos;s</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="144"/>
        <source>Dùng theo thẻ</source>
        <translation>Use the card&apos;s</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_assist.py" line="161"/>
        <source>Đã dùng</source>
        <translation>Used</translation>
    </message>
</context>
<context>
    <name>ScanFlow</name>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="76"/>
        <source>Đang ở chế độ quét thẻ: vừa nhận được chữ không phải mã QR của thẻ căn cước (bấm Esc hoặc F8 để thôi quét và gõ bình thường)</source>
        <translation>Card scanning mode is on: what was just typed is not an ID card&apos;s QR code (press Esc or F8 to stop scanning and type normally)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="79"/>
        <source>Chế độ &amp;quét thẻ</source>
        <translation>Card &amp;scanning mode</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="82"/>
        <source>Quét mã QR thẻ căn cước ở bất kỳ đâu trong cửa sổ: tìm và chọn người có số định danh đó, hoặc mở Thêm nhân viên nếu chưa có</source>
        <translation>Scan an ID card&apos;s QR code anywhere in the window: finds and selects the person with that number, or opens Add employee if there is none</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="84"/>
        <source>Quét thẻ</source>
        <translation>Scan card</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="87"/>
        <source>QUÉT THẺ: đưa mã QR vào máy quét · Esc để thôi</source>
        <translation>SCANNING: hold the QR code to the scanner · Esc to stop</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="101"/>
        <source>Đã bật chế độ quét thẻ</source>
        <translation>Card scanning mode on</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="102"/>
        <source>Đã tắt chế độ quét thẻ</source>
        <translation>Card scanning mode off</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="117"/>
        <source>Không đọc được số định danh trên mã QR vừa quét:
{why}
Hãy quét lại.</source>
        <translation>Could not read the ID number in the QR code just scanned:
{why}
Please scan again.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="128"/>
        <source>Đã tìm thấy theo thẻ: {name}</source>
        <translation>Found by card: {name}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="129"/>
        <source>Người có thẻ này không hiện trong bảng</source>
        <translation>The card&apos;s holder is not shown in the table</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="134"/>
        <source>Số định danh trên thẻ chưa có trong danh sách: mở Thêm nhân viên</source>
        <translation>The card&apos;s number is not in the roster: opening Add employee</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="139"/>
        <source>họ tên</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="139"/>
        <source>ngày sinh</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="140"/>
        <source>giới tính</source>
        <translation>gender</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="143"/>
        <source>Thẻ khác với danh sách</source>
        <translation>Card differs from the roster</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="144"/>
        <source>Đã chọn {name} theo số định danh trên thẻ, nhưng thẻ ghi khác danh sách ở: {what}.</source>
        <translation>Selected {name} by the card&apos;s number, but the card differs from the roster in: {what}.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="147"/>
        <source>Mở hồ sơ để xem thẻ bên cạnh thông tin đã lưu và chọn giữ bên nào?</source>
        <translation>Open the record to see the card beside the stored details and choose which to keep?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="149"/>
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/scan_flow.py" line="150"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="107"/>
        <source>Thiết lập: thông tin đơn vị và dữ liệu cá nhân</source>
        <translation>Settings: unit details and personal data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="110"/>
        <source>Ngày phải đạt 100%</source>
        <translation>Date to reach 100%</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="127"/>
        <source>Đơn vị và người ký</source>
        <translation>Unit and signer</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="128"/>
        <source>Dữ liệu cá nhân</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/settings_dialog.py" line="135"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="128"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="129"/>
        <source>Chọn cách bắt đầu danh sách cán bộ, viên chức của đơn vị.</source>
        <translation>Choose how to start the unit&apos;s staff list.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="131"/>
        <source>Nhập danh sách có sẵn (tệp Excel hoặc CSV)</source>
        <translation>Import an existing list (Excel or CSV file)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="133"/>
        <source>Bắt đầu với danh sách trống, nhập từng người</source>
        <translation>Start with an empty list and add people one by one</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="136"/>
        <source>Mở dữ liệu mẫu để xem thử ({n} người giả)</source>
        <translation>Open sample data to try it out ({n} made-up people)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="140"/>
        <source>Mở trình nhập: chọn tệp, xem trước, kiểm tra từng dòng rồi mới lưu.</source>
        <translation>Opens the importer: choose a file, preview it, check every row, then save.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="141"/>
        <source>Thêm người bằng nút Thêm (Ctrl+N) trong cửa sổ chính.</source>
        <translation>Add people with the Add button (Ctrl+N) in the main window.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="143"/>
        <source>Người mẫu do chương trình tạo ra, không phải người thật. Họ được thêm vào cơ sở dữ liệu này: khi dùng thật, hãy dùng một cơ sở dữ liệu mới.</source>
        <translation>The sample people are generated by the program, not real people. They are added to this database: for real use, start a new database.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="157"/>
        <source>Phần nhập danh sách chưa có trong bản này.</source>
        <translation>Importing is not available in this build.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="156"/>
        <source>Chưa có thẻ căn cước gắn chip</source>
        <translation>No chip-based identity card yet</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="157"/>
        <source>Chưa đăng ký</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="158"/>
        <source>Đã nộp hồ sơ, chờ phê duyệt</source>
        <translation>Submitted, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="159"/>
        <source>Hồ sơ bị từ chối</source>
        <translation>Application rejected</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="160"/>
        <source>Đã phê duyệt, chưa kích hoạt</source>
        <translation>Approved, not activated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="161"/>
        <source>Đã kích hoạt mức 1</source>
        <translation>Level 1 activated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="162"/>
        <source>Đã kích hoạt mức 2</source>
        <translation>Level 2 activated</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="165"/>
        <source>Chưa định danh</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="166"/>
        <source>Đã định danh mức 1</source>
        <translation>Identified at level 1</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="167"/>
        <source>Đã định danh mức 2</source>
        <translation>Identified at level 2</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="65"/>
        <source>Cập nhật tình trạng</source>
        <translation>Update status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="50"/>
        <source>Ngày ở tương lai: chỉ ghi được điều đã xảy ra</source>
        <translation>A future date: only what has happened can be recorded</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="68"/>
        <source>Cập nhật tình trạng của &lt;b&gt;{name}&lt;/b&gt; (đang: {status})</source>
        <translation>Update the status of &lt;b&gt;{name}&lt;/b&gt; (now: {status})</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="72"/>
        <source>Cập nhật tình trạng cho &lt;b&gt;{n} người&lt;/b&gt; đã chọn. Chỉ những gì bạn chọn được thay đổi; phần để «giữ nguyên» giữ như của từng người.</source>
        <translation>Update the status of the &lt;b&gt;{n} people&lt;/b&gt; selected. Only what you choose changes; what is left on «keep» stays as each person has it.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="81"/>
        <source>— chọn tình trạng —</source>
        <translation>— choose a status —</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="100"/>
        <source>&amp;Tình trạng</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="101"/>
        <source>&amp;Lý do chưa mức 2</source>
        <translation>&amp;Reason (not level 2)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="102"/>
        <source>&amp;Ngày hiệu lực</source>
        <translation>&amp;Effective date</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="104"/>
        <source>&amp;Ghi chú</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="107"/>
        <source>Đã cài và đăng nhập VNeID</source>
        <translation>Installed and logged into VNeID</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="108"/>
        <source>Đã dùng VNeID đăng nhập Cổng DVCQG</source>
        <translation>Used VNeID to log into the National Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="116"/>
        <source>để trống: giữ nguyên ghi chú của từng người</source>
        <translation>leave empty: keep each person&apos;s note</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="119"/>
        <source>Đã cài và đăng nhập &amp;VNeID</source>
        <translation>Installed and logged into &amp;VNeID</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="120"/>
        <source>Đã dùng VNeID đăng nhập Cổng &amp;DVCQG</source>
        <translation>Used VNeID to log into the national public service &amp;portal</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="140"/>
        <source>(giữ nguyên lý do của từng người)</source>
        <translation>(keep each person&apos;s reason)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="146"/>
        <source>{reason} (ghi bằng lời, chưa có trong danh mục)</source>
        <translation>{reason} (in words, not in the list of reasons)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="153"/>
        <location filename="../../eidroster/ui/status_dialog.py" line="270"/>
        <location filename="../../eidroster/ui/status_dialog.py" line="275"/>
        <source>giữ nguyên</source>
        <translation>keep</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="154"/>
        <location filename="../../eidroster/ui/status_dialog.py" line="270"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="155"/>
        <location filename="../../eidroster/ui/status_dialog.py" line="270"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="183"/>
        <source>Người này đã có cập nhật ngày {day}: thay đổi này chỉ ghi vào lịch sử đến ngày đó, tình trạng hiện tại không đổi.</source>
        <translation>This person already has an update dated {day}: this change only fills the history up to that date; the current status does not change.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="188"/>
        <source>{n} người đã có cập nhật sau ngày này: với họ, thay đổi này chỉ ghi vào lịch sử đến ngày cập nhật đó, tình trạng hiện tại không đổi.</source>
        <translation>{n} people already have an update after this date: for them this change only fills the history up to that update; their current status does not change.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="264"/>
        <source>Tình trạng: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="265"/>
        <source>Ngày hiệu lực: {day}</source>
        <translation>Effective date: {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="267"/>
        <source>Lý do: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="268"/>
        <source>giữ nguyên của từng người</source>
        <translation>each person&apos;s own, kept</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="271"/>
        <source>Đăng nhập VNeID</source>
        <translation>Logged into VNeID</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="272"/>
        <source>Dùng DVCQG</source>
        <translation>Uses the public service portal</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="274"/>
        <source>Ghi chú: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="275"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_dialog.py" line="121"/>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>StatusFlow</name>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="73"/>
        <source>Tình trạng: {status}</source>
        <extracomment>the last confirmation shown (tests read its text after answering)</extracomment>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="74"/>
        <source>Ngày hiệu lực: {day}</source>
        <translation>Effective date: {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="76"/>
        <source>Đăng nhập VNeID: có; ghi chú, Dùng DVCQG: giữ nguyên</source>
        <translation>Logged into VNeID: yes; note, public service portal: kept</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="78"/>
        <source>Lý do, ghi chú, Đăng nhập VNeID, Dùng DVCQG: giữ nguyên của từng người</source>
        <translation>Reason, note, VNeID login, public service portal: each person&apos;s own, kept</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="99"/>
        <source>Đang đối chiếu các báo cáo đã gửi…</source>
        <translation>Comparing with the reports already sent…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="103"/>
        <source>Đang kiểm tra thay đổi…</source>
        <translation>Checking for changes…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="116"/>
        <source>Xác nhận cập nhật tình trạng</source>
        <translation>Confirm the status update</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="119"/>
        <source>người này</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="120"/>
        <source>Đổi tình trạng của {who} thành «{status}»?</source>
        <translation>Change the status of {who} to «{status}»?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="123"/>
        <source>Đổi tình trạng của {n} người thành «{status}»?</source>
        <translation>Change the status of {n} people to «{status}»?</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="131"/>
        <source>Cập nhật cho {n} người</source>
        <translation>Update {n} people</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="133"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="145"/>
        <source>{n} người đang ở mức 2 vào ngày {day} sẽ bị lùi về «{status}»</source>
        <translation>{n} people at level 2 on {day} will step back to «{status}»</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="149"/>
        <source>{n} người khác bị lùi bước so với tình trạng của họ vào ngày {day}</source>
        <translation>{n} other people step back from their status on {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="152"/>
        <source>{n} người đã đúng như vậy vào ngày {day}</source>
        <translation>{n} people already had exactly this on {day}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="155"/>
        <source>{n} người đã có cập nhật sau ngày {day}: với họ thay đổi này chỉ ghi vào lịch sử, tình trạng hiện tại không đổi</source>
        <translation>{n} people already have an update after {day}: for them this change only fills the history; their current status does not change</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/status_flow.py" line="159"/>
        <source>{n} người không làm việc ở đơn vị vào ngày {day} (không tính trong báo cáo của ngày đó)</source>
        <translation>{n} people were not working in the unit on {day} (not counted in that day&apos;s report)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../eidroster/ui/runner.py" line="38"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/runner.py" line="40"/>
        <source>Hủy việc đang chạy</source>
        <translation>Cancel the running work</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/runner.py" line="76"/>
        <source>Đã hủy: {what}</source>
        <translation>Cancelled: {what}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../eidroster/ui/terms.py" line="12"/>
        <source>Không có lý do chính đáng</source>
        <translation>Without a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/terms.py" line="16"/>
        <source>Có lý do chính đáng</source>
        <translation>With a justified reason</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/terms.py" line="20"/>
        <source>Người đang làm việc, chưa định danh mức 2 (chưa định danh hoặc mới mức 1), mà không ghi lý do, hoặc lý do ghi không được tính là chính đáng trong Danh mục lý do (ví dụ «Chưa sắp xếp thời gian»). Đây là số cơ quan cấp trên dùng khi chấm thi đua; trên Phụ lục III là cột «Số NV chưa định danh (mức 2) không có lý do».</source>
        <translation>Employed people not at level 2 (not identified, or only level 1) with no reason recorded, or whose reason is not counted as justified in the reasons catalogue (e.g. &quot;Has not made time yet&quot;). The superior agency uses this number for the emulation rating; in Phụ lục III it is the column &quot;Số NV chưa định danh (mức 2) không có lý do&quot;.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/terms.py" line="29"/>
        <source>Người đang làm việc, chưa định danh mức 2, có lý do được tính là chính đáng trong Danh mục lý do (ví dụ nghỉ thai sản, ốm đau dài ngày, đang chờ cấp thẻ căn cước).</source>
        <translation>Employed people not at level 2 whose reason is counted as justified in the reasons catalogue (e.g. maternity leave, long illness, waiting for the identity card to be issued).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/terms.py" line="36"/>
        <source>Lý do chính đáng: «Có» khi lý do ở cột Lý do được tính là chính đáng, «Không» khi không ghi lý do hoặc lý do không chính đáng (người đó tính vào «không có lý do chính đáng»). Người đã mức 2 để trống.</source>
        <translation>Justified reason: &quot;Yes&quot; when the reason in the Reason column counts as justified, &quot;No&quot; when there is no reason or it is not justified (the person counts as &quot;without a justified reason&quot;). Empty for people at level 2.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../eidroster/ui/undo.py" line="115"/>
        <source>Thêm {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undo.py" line="132"/>
        <source>Sửa {name}</source>
        <translation>Edit {name}</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="60"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="60"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="78"/>
        <source>Đang hoàn tác: {what}</source>
        <translation>Undoing: {what}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="79"/>
        <source>Đã hoàn tác: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="81"/>
        <source>Đang làm lại: {what}</source>
        <translation>Redoing: {what}</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/undoing.py" line="82"/>
        <source>Đã làm lại: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="26"/>
        <source>Cơ quan chủ quản</source>
        <extracomment>the keys this form edits, in its order words of the district level, abolished on 1/7/2025</extracomment>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="27"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="28"/>
        <source>Địa danh (dòng ngày tháng)</source>
        <translation>Place name (date line)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="29"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="30"/>
        <source>Văn bản được trả lời</source>
        <translation>Letter being answered</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="31"/>
        <source>Chức vụ người ký (có thể 2 dòng)</source>
        <translation>Signer&apos;s title (may be two lines)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="32"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="33"/>
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="34"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="41"/>
        <source>ví dụ: SỞ Y TẾ TỈNH … hoặc SỞ Y TẾ THÀNH PHỐ …</source>
        <translation>e.g. SỞ Y TẾ TỈNH … or SỞ Y TẾ THÀNH PHỐ …</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="42"/>
        <source>ví dụ: TRUNG TÂM Y TẾ KHU VỰC … hoặc BỆNH VIỆN …</source>
        <translation>e.g. TRUNG TÂM Y TẾ KHU VỰC … or BỆNH VIỆN …</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="43"/>
        <source>tên tỉnh, thành phố hoặc xã, phường nơi đơn vị đóng trụ sở</source>
        <translation>the province or city, or the commune or ward, where the unit sits</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="44"/>
        <source>ví dụ: Số: …/BC-TTYT</source>
        <translation>e.g. Số: …/BC-TTYT</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="45"/>
        <source>ví dụ: Công văn số …/SYT-NV ngày … của Sở Y tế</source>
        <translation>e.g. Công văn số …/SYT-NV ngày … của Sở Y tế</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="46"/>
        <source>ví dụ:
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</source>
        <translation>e.g.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="47"/>
        <source>họ và tên người ký</source>
        <translation>the signer&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="48"/>
        <source>họ và tên người lập biểu (có thể để trống)</source>
        <translation>full name of the preparer (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="49"/>
        <source>ví dụ:
Sở Y tế (b/c);
Lưu: VT, TCCB.</source>
        <translation>e.g.
Sở Y tế (b/c);
Lưu: VT, TCCB.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="54"/>
        <source>Theo Nghị định 30/2020/NĐ-CP: tên đơn vị hành chính nơi đơn vị đóng trụ sở. Từ 01/7/2025 chỉ còn tỉnh, thành phố (34 đơn vị) và xã, phường, đặc khu; không ghi huyện, quận, thị xã cũ. Tên tỉnh, thành phố ghi không kèm chữ «Tỉnh», «Thành phố» (ví dụ «Hà Nội», «Lâm Đồng»; riêng «Thành phố Hồ Chí Minh» ghi đủ); xã, phường ghi đủ («Xã …», «Phường …»).</source>
        <translation>Decree 30/2020/NĐ-CP: the administrative unit where the unit sits. Since 1/7/2025 there are only provinces and cities (34) and communes, wards and special zones; do not write the former districts. Provinces and cities are written without «Tỉnh», «Thành phố» (e.g. «Hà Nội», «Lâm Đồng»; «Thành phố Hồ Chí Minh» in full); communes and wards in full («Xã …», «Phường …»).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="98"/>
        <source>* Cần có trước khi lập báo cáo (Phụ lục III, Phụ lục IV, báo cáo nhanh).</source>
        <translation>* Needed before any report (Phụ lục III, Phụ lục IV, summary).</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="125"/>
        <source>Từ 01/7/2025 không còn cấp huyện: hãy ghi tên tỉnh, thành phố hoặc xã, phường nơi đơn vị đóng trụ sở.</source>
        <translation>There are no districts since 1/7/2025: write the province or city, or the commune or ward, where the unit sits.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/unit_form.py" line="130"/>
        <source>Dòng ngày tháng sẽ in: «{line}»</source>
        <translation>The date line will read: «{line}»</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="69"/>
        <source>Thông tin đơn vị</source>
        <translation>Unit details</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="71"/>
        <source>Các thông tin này in trên Phụ lục III, Phụ lục IV và báo cáo tóm tắt. Có thể sửa lại bất cứ lúc nào: Báo cáo &gt; Thông tin đơn vị cho báo cáo.</source>
        <translation>These details are printed on Appendix III, Appendix IV and the summary. Change them at any time: Reports &gt; Unit details for the reports.</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/first_run.py" line="79"/>
        <source>Có ngày phải đạt 100%</source>
        <translation>There is a date to reach 100%</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="212"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/i18n.py" line="212"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="38"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="40"/>
        <source>&amp;Lưu thành tệp…</source>
        <translation>&amp;Save as file…</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="43"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="78"/>
        <source>Lưu thành tệp</source>
        <translation>Save as file</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="82"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../eidroster/ui/privacy_dialogs.py" line="82"/>
        <source>Đã ghi tệp:</source>
        <translation>File written:</translation>
    </message>
</context>
</TS>
