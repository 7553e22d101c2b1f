"""The Hill (thehill.com): the Drupal site (to 2022) and the WordPress redesign."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="thehill",
    domains=("thehill.com",),
    title=("h1.page-title", "h1#page-title"),
    # Drupal era: "By Jane Roe - 11/19/19 06:56 AM EST": the date goes, the byline stays.
    byline=(
        Selector(
            css=".submitted-by",
            transforms=(r"remove:\s+-\s+\d{1,2}/\d{1,2}/\d{2,4}\b.*$",),
        ),
        ".content-wrp .submitted-by a",
    ),
    body=(
        # 2022+ WordPress theme.
        ".article__text",
        # Drupal era: the body field's item (RDFa property="content:encoded").
        ".field-name-body .field-item",
    ),
    drop=(
        # Drupal era: every person named in the story carries a hidden hover card with
        # their latest headlines, inline in the sentence.
        ".rollover-people-block",
        "[id^='dfp-ad-']",
        ".dfp-tag-wrapper",
        ".article__text .ad-unit",
        ".article__text .hardwall",
        ".nexstar-newsletter-signup",
    ),
)
