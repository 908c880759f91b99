"""Reading the results page as a visitor does."""

from bs4 import BeautifulSoup


def results(response):
    """(title, type) of each result shown, promoted ones first, in the order shown."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.find(class_="search-result__title").get_text(strip=True),
            item.find(class_="search-result__type").get_text(strip=True)
            if item.find(class_="search-result__type")
            else None,
        )
        for item in soup.select(".search-result")
    ]


def titles(response):
    return [title for title, _type in results(response)]
