"""Medium (medium.com): the 2015 ``postField`` markup and the later hashed-class React
pages, where only the ``article > section`` structure is stable."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="medium",
    domains=("medium.com",),
    title=(
        ".postArticle-content h1.graf--title",  # 2015 markup
        "article section h1",  # hashed-class React pages
    ),
    body=(
        ".postField--body .section-content",  # 2015 markup
        "article section",  # hashed-class React pages
    ),
    drop=(".postMetaInline", ".js-postMetaLockup", ".metabar", ".u-paddingTop10"),
)
