package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Open(owner string) *Account {
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	a := &Account{Owner: owner}
	b.accounts[owner] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

func main() {
	var bank Bank
	bank.Open("ann").Deposit(100)
	bank.Open("bob")
	fmt.Println(bank.Transfer("ann", "bob", 30))
	fmt.Println(bank.Transfer("bob", "ann", 50))
	fmt.Println(bank.Transfer("cat", "ann", 1))
	for _, name := range []string{"ann", "bob"} {
		a := bank.accounts[name]
		fmt.Println(a.Owner, a.balance, a.history)
	}
}
