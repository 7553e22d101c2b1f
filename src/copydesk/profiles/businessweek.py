"""Bloomberg Businessweek on businessweek.com (the 2010-era magazine pages with a
``#storyBody`` column)."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="businessweek",
    domains=("businessweek.com",),
    title=("#storyBody h1",),
    byline=("#storyBody p.byline",),
    published=("#strapBox span.date",),
    body=("#storyBody",),
    # The inset box inside the story column holds the issue browser and related items.
    drop=("#storyBody .byline", "#storyBody #inset", "#storyBody .storyTools", "#storyBody .ad"),
)
