#!/usr/bin/env python3
"""Writes the first-name gender list of the entity resolver (issue 4).

Usage: first_names.py SHARED_US_CONGRESS_DIR > first-names.tsv

Counts first names and nicknames by gender over every US legislator (the CC0 us-congress data),
keeps the names that are at least 90% one gender, and adds a hand list of common women's names,
which the legislators under-represent.
"""
import collections
import csv
import os
import re
import sys

WOMEN = """Abigail Ada Adrienne Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Ana Andrea Angela
Angelina Anita Ann Anna Anne Annette Antonia Ashley Audrey Barbara Beatrice Becky Belinda Betsy Betty Beverly
Brenda Bridget Brittany Camila Carla Carmen Carol Caroline Carolyn Catherine Cathy Charlotte Cheryl Chloe
Christina Christine Cindy Claire Clara Claudia Colleen Connie Cynthia Daisy Dana Danielle Darlene Debbie
Deborah Debra Denise Diana Diane Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth
Elizabeth Ella Ellen Emily Emma Erica Erin Esther Eva Evelyn Faith Fiona Frances Gabriela Gail Gina Gloria
Grace Gretchen Hannah Harriet Hazel Heather Heidi Helen Hillary Holly Ilhan Irene Isabel Isabella Jacqueline
Jane Janet Janice Jasmine Jean Jeanne Jennifer Jessica Jill Joan Joanna Jodi Josephine Joy Joyce Judith Judy
Julia Julie Justine Kamala Karen Kate Katherine Kathleen Kathryn Kathy Katie Kayla Kelly Kimberly Kirsten
Kristen Kristin Laura Lauren Leah Lillian Linda Lindsey Lisa Liz Lois Loretta Lori Louise Lucy Lydia Lynn
Madeline Madison Mallory Marcia Margaret Maria Marie Marilyn Marion Marsha Martha Mary Maureen Maxine Megan
Melania Melanie Melissa Mia Michele Michelle Mildred Miriam Molly Monica Nancy Naomi Natalie Nicole Nikki Nina
Nora Norma Olivia Pamela Patricia Patty Paula Pauline Peggy Penny Phyllis Priscilla Rachel Rebecca Regina Rita
Roberta Rosa Rose Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sofia Sonia
Sophia Stacey Stephanie Sue Susan Suzanne Sylvia Tammy Tanya Teresa Theresa Tiffany Tina Tracy Tulsi Valerie
Vanessa Victoria Virginia Vivian Wanda Wendy Whitney Yvonne Zoe""".split()


def main():
    folder = sys.argv[1]
    counts = collections.defaultdict(collections.Counter)
    with open(os.path.join(folder, "legislators-historical.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for name in (r["first_name"], r["nickname"]):
                if re.fullmatch(r"[A-Z][a-z]+", name.strip()):
                    counts[name.strip()][r["gender"]] += 1
    text = open(os.path.join(folder, "legislators-current.yaml"), encoding="utf-8").read()
    for m in re.finditer(r"  name:\n((?:    .*\n)+)  bio:\n(?:    .*\n)*?    gender: (\w)", text):
        for key in ("first", "nickname"):
            n = re.search(key + r": '?([^'\n]+)", m.group(1))
            if n and re.fullmatch(r"[A-Z][a-z]+", n.group(1)):
                counts[n.group(1)][m.group(2)] += 1
    for w in WOMEN:
        counts[w]["F"] += 100
    print("# first name <TAB> M or F: us-congress legislators (CC0) and a hand list; tools/first_names.py")
    for name in sorted(counts):
        c = counts[name]
        total = c["M"] + c["F"]
        for g in ("M", "F"):
            if c[g] >= 0.9 * total:
                print(f"{name}\t{g}")


if __name__ == "__main__":
    main()
