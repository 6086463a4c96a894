from .areas import GROUPS


def navigation(request):
    return {"nav_groups": GROUPS}
