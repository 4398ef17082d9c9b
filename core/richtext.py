"""The one rich-text field of the portal: a small editor and HTML sanitised on every save."""

from django_prose_editor.fields import ProseEditorField

# What staff may use: enough to structure a text, nothing that can carry script or style.
RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
}


class RichTextField(ProseEditorField):
    """A rich-text field whose HTML is sanitised in `pre_save`, whatever wrote it.

    The editor's own sanitising runs only when a form cleans the model; text saved by a command or
    a shell must pass the same allow-list. (Raw saves, as by `loaddata`, skip `pre_save`; what
    they bring back was sanitised when it was first saved here.)
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", dict(RICH_TEXT_EXTENSIONS))
        kwargs.setdefault("sanitize", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value
