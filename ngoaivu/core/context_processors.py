from ngoaivu.register.areas import GROUPS


def navigation(request):
    return {"nav_groups": GROUPS}
