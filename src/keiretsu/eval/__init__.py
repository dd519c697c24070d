"""Evaluation on labelled data: precision, recall and F1 anyone can reproduce."""
