/** Password reset by mail: a one-time link that expires, answered the same whether or not the address is known. */
package jp.mamis.ejb.password;
