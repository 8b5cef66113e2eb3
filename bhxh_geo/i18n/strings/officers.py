"""Officer accounts and signing in: the command line and the import page's sign-in."""

STRINGS: dict[str, dict[str, str]] = {
    "officers.error.empty_name": {"vi": "tên cán bộ trống", "en": "the officer's name is empty"},
    "officers.error.long_name": {
        "vi": "tên cán bộ dài quá {max} ký tự",
        "en": "the officer's name is longer than {max} characters",
    },
    "officers.error.bad_name": {
        "vi": "tên cán bộ chứa ký tự điều khiển",
        "en": "the officer's name holds control characters",
    },
    "officers.error.short_password": {
        "vi": "mật khẩu phải có ít nhất {min} ký tự",
        "en": "the password must have at least {min} characters",
    },
    "officers.error.long_password": {
        "vi": "mật khẩu dài quá {max} ký tự",
        "en": "the password is longer than {max} characters",
    },
    "officers.error.mismatch": {
        "vi": "hai lần nhập mật khẩu không giống nhau",
        "en": "the two passwords differ",
    },
    "officers.error.exists": {
        "vi": "đã có tài khoản cán bộ «{name}»",
        "en": "there is already an officer account “{name}”",
    },
    "officers.error.removed": {
        "vi": 'tài khoản «{name}» đã bị gỡ; để dùng lại, đặt mật khẩu mới: python -m bhxh_geo officers passwd "{name}"',
        "en": 'the account “{name}” was removed; to use it again, set a new password: python -m bhxh_geo officers passwd "{name}"',
    },
    "officers.error.no_such": {
        "vi": "không có tài khoản cán bộ «{name}»",
        "en": "there is no officer account “{name}”",
    },
    "officers.added": {
        "vi": "Đã tạo tài khoản cán bộ «{name}»: đăng nhập ở trang Nhập số liệu.",
        "en": "Officer account “{name}” created: sign in on the Import actuals page.",
    },
    "officers.password_set": {
        "vi": "Đã đặt mật khẩu mới cho «{name}».",
        "en": "New password set for “{name}”.",
    },
    "officers.removed": {
        "vi": "Đã gỡ tài khoản «{name}»: không đăng nhập được nữa; các lô đã nhập vẫn ghi tên này.",
        "en": "Account “{name}” removed: it can no longer sign in; its batches keep the name.",
    },
    "officers.none": {
        "vi": 'Chưa có tài khoản cán bộ nào: python -m bhxh_geo officers add "Họ tên"',
        "en": 'No officer accounts yet: python -m bhxh_geo officers add "Full name"',
    },
    "officers.col.name": {"vi": "Cán bộ", "en": "Officer"},
    "officers.col.created": {"vi": "Tạo lúc (UTC)", "en": "Created (UTC)"},
    "officers.col.status": {"vi": "Trạng thái", "en": "Status"},
    "officers.status.active": {"vi": "đang dùng", "en": "active"},
    "officers.status.removed": {"vi": "đã gỡ {when}", "en": "removed {when}"},
    "officers.prompt": {"vi": "Mật khẩu", "en": "Password"},
    "officers.prompt.again": {"vi": "Nhập lại mật khẩu", "en": "Repeat the password"},
    "officers.legacy_password": {
        "vi": '${env} không còn được dùng: mỗi cán bộ có tài khoản riêng (python -m bhxh_geo officers add "Họ tên"); bỏ biến này đi.',
        "en": '${env} is no longer read: each officer has an account of their own (python -m bhxh_geo officers add "Full name"); unset it.',
    },
    # The import page's sign-in
    "importpage.no_officers": {
        "vi": "Chưa cán bộ nào có tài khoản nhập số liệu, nên hiện chưa ai nhập được. Chỉ cán bộ được giao, mỗi người một tài khoản riêng, mới nhập hoặc hoàn tác được số liệu; để có tài khoản, liên hệ người quản trị ứng dụng. Ai cũng xem được các lô đã nhập và lịch sử số liệu bên dưới.",
        "en": "No officer has an import account yet, so nobody can import for now. Only the officers in charge, each with an account of their own, import or revert figures; to get an account, ask the app's administrator. Everyone can read the batches and the history below.",
    },
    "importpage.viewer": {
        "vi": "Chế độ chỉ xem. Chỉ cán bộ được giao, mỗi người một tài khoản riêng, mới nhập hoặc hoàn tác được số liệu; để có tài khoản, liên hệ người quản trị ứng dụng.",
        "en": "Read-only. Only the officers in charge, each with an account of their own, import or revert figures; to get an account, ask the app's administrator.",
    },
    "importpage.name": {"vi": "Tên cán bộ", "en": "Officer's name"},
    "importpage.password": {"vi": "Mật khẩu", "en": "Password"},
    "importpage.login": {"vi": "Đăng nhập", "en": "Sign in"},
    "importpage.wrong_password": {
        "vi": "Tên hoặc mật khẩu không đúng. Còn {left} lần thử, sau đó phải chờ {minutes} phút.",
        "en": "Wrong name or password. {left} more tries, then a {minutes}-minute wait.",
    },
    "importpage.locked": {
        "vi": "Đăng nhập sai quá {count} lần: tạm khoá. Thử lại sau {time} (giờ UTC), tức khoảng {minutes} phút nữa.",
        "en": "Over {count} failed sign-ins: locked for now. Try again after {time} (UTC), in about {minutes} minutes.",
    },
    "importpage.signed_in": {
        "vi": "Đã đăng nhập: {name}. Có thể nhập và hoàn tác số liệu; mỗi lô ghi tên này.",
        "en": "Signed in: {name}. You can import and revert actuals; each batch records this name.",
    },
    "importpage.logout": {"vi": "Đăng xuất", "en": "Sign out"},
}
