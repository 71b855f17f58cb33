"""Sign-in and first-administrator forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from marker.store.accounts import MIN_PASSWORD_LENGTH


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    submit = SubmitField("Sign in")


class SetupForm(FlaskForm):
    display_name = StringField("Your name", validators=[Length(max=120)])
    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH)])
    confirm = PasswordField("Repeat the password", validators=[EqualTo("password", "The passwords differ.")])
    submit = SubmitField("Create the administrator")


class LogoutForm(FlaskForm):
    submit = SubmitField("Sign out")


class ResetPasswordForm(FlaskForm):
    password = PasswordField("New password", validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH)])
    confirm = PasswordField("Repeat the password", validators=[EqualTo("password", "The passwords differ.")])
    submit = SubmitField("Set the password")
