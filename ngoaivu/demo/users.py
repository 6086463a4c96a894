"""The demo logins, one per role, printed by `./run`."""

DEMO_PASSWORD = "ngoaivu2021"

# username, role, unit code, full name, position
DEMO_USERS = [
    ("admin", "admin", "SNgV", "Quản trị hệ thống", "Chuyên viên công nghệ thông tin"),
    ("chuyenvien", "officer", "SNgV", "Trần Thị Minh Thư", "Chuyên viên Phòng Hợp tác quốc tế"),
    ("lanhdao", "leader", "SNgV", "Nguyễn Viết Vy", "Giám đốc"),
    ("vanphong", "reporter", "VP", "Lê Văn Hòa", "Chuyên viên Văn phòng UBND tỉnh"),
    ("chanhvanphong", "leader", "VP", "Vũ Minh Tâm", "Chánh Văn phòng"),
    ("daihoc", "reporter", "DHPVD", "Phạm Thị Lan", "Chuyên viên Phòng Hợp tác quốc tế"),
    ("xem", "viewer", "SNgV", "Người xem", "Cán bộ theo dõi"),
]


def print_logins():
    from ngoaivu.core.models import User

    existing = set(User.objects.filter(username__in=[u[0] for u in DEMO_USERS]).values_list("username", flat=True))
    if not existing:
        return
    print("Tài khoản dùng thử (mật khẩu: %s):" % DEMO_PASSWORD)
    shown = [user for user in DEMO_USERS if user[0] in existing]
    widths = [max(len(user[column]) for user in shown) for column in range(3)]  # columns that line up
    for user in shown:
        print("  " + " ".join(f"{user[column]:<{widths[column]}}" for column in range(3)) + f" {user[3]}")
