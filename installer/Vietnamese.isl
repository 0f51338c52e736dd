; eidroster: Vietnamese messages for Inno Setup 6 (the project's own translation, GPL-3.0-or-later).
;
; Loaded after compiler:Default.isl (see [Languages] in eidroster.iss), so every message
; translated here replaces the English one and any message not listed stays English.
; It covers what a user sees in a per-user install and uninstall: the wizard pages,
; buttons, progress, errors about the folder, the uninstaller.
; Saved as UTF-8 with a byte-order mark (Inno Setup 6 reads it as Unicode).

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt

; *** Startup error messages
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy sửa lỗi này hoặc lấy lại bản cài đặt mới.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy lấy lại bản cài đặt mới.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng hoặc không hợp với phiên bản trình cài đặt này. Hãy lấy lại bản cài đặt mới.
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình không hỗ trợ phiên bản Windows của máy này.
OnlyOnTheseArchitectures=Chương trình chỉ cài được trên Windows cho các loại bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình cần %1 phiên bản %2 trở lên.
SetupAppRunningError=Trình cài đặt thấy %1 đang chạy.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc Hủy để thoát.
UninstallAppRunningError=Trình gỡ cài đặt thấy %1 đang chạy.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc Hủy để thoát.

; *** Startup questions
PrivilegesRequiredOverrideInstruction=Chọn cách cài đặt
PrivilegesRequiredOverrideAllUsers=Cài cho mọi người dùng
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho tôi
PrivilegesRequiredOverrideRecommended=%1 (nên chọn)

; *** Misc. errors
ErrorCreatingDir=Trình cài đặt không tạo được thư mục "%1"

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu trình cài đặt...
AboutSetupTitle=Giới thiệu trình cài đặt

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt:

; *** Common wizard text
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây rồi bấm Đồng ý.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính của bạn, chỉ cho tài khoản Windows đang dùng (không cần quyền quản trị).%n%nNên đóng các chương trình khác trước khi tiếp tục.

; *** "License Agreement" wizard page
WizardLicense=Giấy phép sử dụng
LicenseLabel=Hãy đọc các thông tin quan trọng sau trước khi tiếp tục.
LicenseLabel3=Hãy đọc giấy phép sử dụng dưới đây. Bạn cần đồng ý với các điều khoản này để tiếp tục cài đặt.
LicenseAccepted=Tôi &đồng ý với giấy phép
LicenseNotAccepted=Tôi &không đồng ý

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
InvalidPath=Hãy nhập đường dẫn đầy đủ có ký tự ổ đĩa, ví dụ:%n%nC:\APP
InvalidDrive=Ổ đĩa bạn chọn không tồn tại hoặc không truy cập được. Hãy chọn chỗ khác.
DiskSpaceWarningTitle=Không đủ dung lượng
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống, nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của chương trình ở đâu?
SelectStartMenuFolderLabel3=Trình cài đặt sẽ tạo lối tắt trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
MustEnterGroupName=Hãy nhập tên thư mục.
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại hay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** "Preparing to Install" wizard page
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính của bạn.
CannotContinue=Không thể tiếp tục. Bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng.
ApplicationsFound2=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng; cài xong, trình cài đặt sẽ mở lại.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Hãy đợi trong khi [name] được cài vào máy tính của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=[name] đã được cài vào máy tính của bạn.
FinishedLabel=[name] đã được cài vào máy tính của bạn. Mở chương trình bằng lối tắt vừa tạo (menu Start hoặc màn hình nền).
ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa xong.%n%nHãy khắc phục sự cố rồi chạy lại trình cài đặt.
AbortRetryIgnoreChooseAction=Chọn cách xử lý
AbortRetryIgnoreRetry=Thử lại
AbortRetryIgnoreProceedAnyway=Vẫn tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateRegistryEntries=Đang ghi vào registry...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất...
StatusRollback=Đang hoàn tác các thay đổi...

; *** File copying errors
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ErrorCopying=Có lỗi khi chép tệp:
ErrorReplacingExistingFile=Có lỗi khi thay tệp đã có:

; *** Uninstall display name markings
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại
UninstallDisplayNameMarkAllUsers=Mọi người dùng

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
ConfirmUninstall=Bạn có chắc muốn gỡ %1 khỏi máy tính không? (Cơ sở dữ liệu và các bản sao lưu được giữ lại, trừ khi bạn chọn xóa ở bước sau.)
UninstallStatusLabel=Hãy đợi trong khi %1 được gỡ khỏi máy tính của bạn.
UninstalledAll=Đã gỡ %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nMột số mục không gỡ được; bạn có thể tự xóa chúng.
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt thêm:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
