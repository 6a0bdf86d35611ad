-- version 4: the private persons each article names (folded first and last name), so that a follow-up report
-- (the charge, the trial, the funeral) joins the incident it follows however long after
CREATE TABLE article_persons (
  person     TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (person, article_id)
) WITHOUT ROWID;
CREATE INDEX article_persons_article ON article_persons(article_id);
